package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One utterance as users follow it: its wordings, where it appeared first and everywhere since. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuoteDetailView(
        String id,
        @Schema(description = "The fullest, best-attested wording.") String canonicalText,
        SourceView speaker,
        String medium,
        @Schema(description = "ISO-8601 date of the utterance, else of its first publication.") String occasionDate,
        @Schema(description = "For a fragment, the id of the fuller quote it comes from.") String partOf,
        @Schema(description = "The earliest published appearance.") Appearance firstAppearance,
        @Schema(description = "Distinct wordings, most frequent first.") List<Variant> variants,
        @Schema(description = "Quotes that are fragments of this one.") List<QuoteSummary> fragments,
        @Schema(description = "Every occurrence, oldest publication first.") List<Appearance> appearances) {

    /** One occurrence, with the article it appeared in. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Appearance(String articleId, String externalId, SourceView outlet, String publishedAt,
                             QuoteView occurrence) {
    }

    /** A wording, the outlets that carry it, and how it differs from the canonical wording word by word. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Variant(String text, int occurrences, List<String> outlets,
                          @Schema(description = "SAME and REMOVED parts spell the canonical wording; ADDED parts are this "
                                  + "variant's own words.") List<DiffPart> diff) {
    }

    public record DiffPart(@Schema(description = "SAME, ADDED or REMOVED") String op, String text) {
    }

    public record QuoteSummary(String id, String canonicalText) {
    }
}
