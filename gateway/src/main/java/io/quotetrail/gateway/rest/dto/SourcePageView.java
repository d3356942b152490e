package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of sources, ordered by name. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourcePageView(
        List<SourceDetailView> sources,
        @Schema(description = "Pass as pageToken for the next page; null on the last page.") String nextPageToken) {
}
