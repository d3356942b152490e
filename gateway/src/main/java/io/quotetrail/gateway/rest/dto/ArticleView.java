package io.quotetrail.gateway.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ingested article with the quotations found in it. Absent values are {@code null}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "id", "externalId", "outlet", "publishedAt", "quotes" })
public record ArticleView(
        String id,
        String externalId,
        @Schema(description = "The publishing outlet; null when unknown.") SourceView outlet,
        @Schema(description = "ISO-8601 date, or null.") String publishedAt,
        List<QuoteView> quotes,
        String title,
        String url,
        String language,
        @Schema(description = "Length of the ingested text in UTF-16 code units.") int textLength,
        @Schema(description = "The ingested text, which the quotes' offsets index; only with includeText=true, else null.")
        String text) {
}
