package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quotes a traced text may be, best first. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TraceView(List<Match> matches) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Match(
            @Schema(description = "How close the text is to the quote, 0 to 1.") double similarity,
            QuoteDetailView quote,
            @Schema(description = "How the traced text differs from the canonical wording: SAME and REMOVED parts spell "
                    + "the canonical wording, ADDED parts are the traced text's own words.")
            List<QuoteDetailView.DiffPart> diff,
            QuoteGraphView graph) {
    }
}
