package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of quotes found by search. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuotePageView(
        List<Hit> quotes,
        @Schema(description = "Pass as pageToken for the next page; null on the last page.") String nextPageToken) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Hit(String id, String canonicalText, String speakerName, String occasionDate, int occurrences,
                      String partOf) {
    }
}
