package io.quotetrail.gateway.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quotetrail.gateway.rest.validation.HttpUrl;
import io.quotetrail.gateway.rest.validation.IsoDate;
import io.quotetrail.gateway.rest.validation.MaxUtf8Bytes;

/** The body of {@code POST /api/v1/articles}. Only {@code text} is required. */
@Schema(name = "ArticleSubmission", description = "An article to ingest. Only text is required.")
public record ArticleSubmission(

        @Schema(description = "Caller's id for the article; the idempotency key when given.", maxLength = ArticleLimits.MAX_EXTERNAL_ID_CHARS,
                examples = "seed-003")
        @Size(max = ArticleLimits.MAX_EXTERNAL_ID_CHARS, message = "must be at most " + ArticleLimits.MAX_EXTERNAL_ID_CHARS + " characters")
        String externalId,

        @Schema(description = "Headline, if known.", maxLength = ArticleLimits.MAX_TITLE_CHARS)
        @Size(max = ArticleLimits.MAX_TITLE_CHARS, message = "must be at most " + ArticleLimits.MAX_TITLE_CHARS + " characters")
        String title,

        @Schema(required = true, description = "Article text: plain text, Markdown or HTML. At most "
                + ArticleLimits.MAX_TEXT_BYTES + " bytes (2 MiB) of UTF-8; a longer text is refused with 413.")
        @NotBlank(message = "must not be blank")
        @MaxUtf8Bytes(value = ArticleLimits.MAX_TEXT_BYTES, message = "must be at most " + ArticleLimits.MAX_TEXT_BYTES + " bytes (2 MiB) of UTF-8")
        String text,

        @Schema(description = "Name of the publishing outlet.", maxLength = ArticleLimits.MAX_OUTLET_CHARS, examples = "The Harbour Post")
        @Size(max = ArticleLimits.MAX_OUTLET_CHARS, message = "must be at most " + ArticleLimits.MAX_OUTLET_CHARS + " characters")
        String outlet,

        @Schema(description = "Absolute http(s) URL of the article.", maxLength = ArticleLimits.MAX_URL_CHARS)
        @Size(max = ArticleLimits.MAX_URL_CHARS, message = "must be at most " + ArticleLimits.MAX_URL_CHARS + " characters")
        @HttpUrl(message = "must be an absolute http or https URL")
        String url,

        @Schema(description = "Publication date, ISO-8601 (YYYY-MM-DD).", format = "date", examples = "2025-08-15")
        @IsoDate(message = "must be an ISO-8601 date (YYYY-MM-DD)")
        String publishedAt,

        @Schema(description = "BCP-47 language tag.", examples = "en")
        @Pattern(regexp = ArticleLimits.LANGUAGE_TAG_PATTERN, message = "must be a BCP-47 language tag such as en or pt-BR")
        String language) {
}
