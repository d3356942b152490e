package io.quotetrail.gateway.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quotetrail.gateway.rest.dto.TraceView;

/** Small formatting helpers the page templates call. */
@TemplateExtension
public final class WebTemplateExtensions {

    private WebTemplateExtensions() {
    }

    /** "PERSON" reads as "person"; an absent value as nothing. */
    static String lowerCase(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** For a query parameter in a link (Qute escapes HTML, not URLs): {@code {url:encode(text)}}, null-safe. */
    @TemplateExtension(namespace = "url")
    static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static long similarityPercent(TraceView.Match match) {
        return Math.round(match.similarity() * 100);
    }
}
