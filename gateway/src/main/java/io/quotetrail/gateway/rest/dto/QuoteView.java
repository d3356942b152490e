package io.quotetrail.gateway.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One occurrence of a quotation in an article, with its attribution. Absent values are {@code null}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "text", "start", "end", "kind", "speaker", "chain", "medium", "quoteId", "partOf" })
public record QuoteView(
        @Schema(description = "The quotation without its quote marks.") String text,
        @Schema(description = "UTF-16 offset of the quotation in the ingested text (inclusive).") int start,
        @Schema(description = "UTF-16 offset of the end of the quotation (exclusive).") int end,
        @Schema(description = "FULL, FRAGMENT, HEADLINE or TRANSCRIPT.") String kind,
        SourceView speaker,
        @Schema(description = "Speaker first, then each intermediary, ending with the article's outlet when known.") List<HopView> chain,
        @Schema(description = "e.g. letter, statement; null when unknown.") String medium,
        @Schema(description = "The quote (cluster) this occurrence belongs to.") String quoteId,
        @Schema(description = "For a fragment, the quoteId of the fuller quote it comes from.") String partOf,
        @Schema(description = "This occurrence's own id.") String occurrenceId,
        @Schema(description = "The verb or construction that attributes the quote, e.g. said.") String cue,
        @Schema(description = "ISO-8601 date of the utterance when the text gives one.") String occasionDate) {
}
