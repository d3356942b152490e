package io.quotetrail.quote.service;

import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Checks an ingest request field by field before anything is extracted, resolved or written. */
@ApplicationScoped
public class IngestValidator {

    /**
     * Largest accepted article text: 2 MiB of UTF-8. Far above any news article, and well
     * under the 4 MiB gRPC message limit so that an oversized text still gets a clear
     * INVALID_ARGUMENT rather than a transport error.
     */
    public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;
    public static final int MAX_OUTLET_LENGTH = 300;
    public static final int MAX_TITLE_LENGTH = 2000;
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_LANGUAGE_LENGTH = 35;

    public IngestCommand validate(IngestArticleRequest request) {
        String text = request.getText();
        if (text.isBlank()) {
            throw new InvalidArgumentException("text", "is required and must not be blank");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_TEXT_BYTES) {
            throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT_BYTES + " bytes of UTF-8, was "
                    + utf8.length);
        }
        String externalId = blankToNull(request.getExternalId());
        if (externalId != null && externalId.length() > MAX_EXTERNAL_ID_LENGTH) {
            throw new InvalidArgumentException("external_id", "must be at most " + MAX_EXTERNAL_ID_LENGTH
                    + " characters");
        }
        String outlet = blankToNull(request.getOutlet());
        if (outlet != null && outlet.length() > MAX_OUTLET_LENGTH) {
            throw new InvalidArgumentException("outlet", "must be at most " + MAX_OUTLET_LENGTH + " characters");
        }
        String title = blankToNull(request.getTitle());
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidArgumentException("title", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        String url = blankToNull(request.getUrl());
        if (url != null) {
            checkUrl(url);
        }
        LocalDate publishedAt = null;
        String published = blankToNull(request.getPublishedAt());
        if (published != null) {
            try {
                publishedAt = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new InvalidArgumentException("published_at", "must be an ISO date (yyyy-MM-dd) or empty");
            }
        }
        String language = blankToNull(request.getLanguage());
        if (language != null && (language.length() > MAX_LANGUAGE_LENGTH || !isLanguageTag(language))) {
            throw new InvalidArgumentException("language", "must be a BCP-47 language tag such as \"en\"");
        }
        String outletKey = outlet == null ? "" : outlet.toLowerCase(Locale.ROOT);
        return new IngestCommand(externalId, title, text, outlet, url, publishedAt, language,
                TextKeys.sha256Hex(utf8), outletKey);
    }

    private static void checkUrl(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidArgumentException("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidArgumentException("url", "must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidArgumentException("url", "must be an absolute http(s) URL");
        }
    }

    private static boolean isLanguageTag(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
