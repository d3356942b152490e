package io.quotetrail.source.service;

import io.quotetrail.source.repository.SourceRepository.PagePosition;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Opaque page tokens: where the previous page ended, as (id, name), base64url-encoded. */
public final class PageTokens {

    private static final int UUID_LENGTH = 36;

    private PageTokens() {
    }

    public static String encode(PagePosition position) {
        String raw = position.id() + position.name();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static PagePosition decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (raw.length() <= UUID_LENGTH) {
                throw new IllegalArgumentException("too short");
            }
            UUID id = UUID.fromString(raw.substring(0, UUID_LENGTH));
            return new PagePosition(raw.substring(UUID_LENGTH), id);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("page_token is not a token returned by ListSources");
        }
    }
}
