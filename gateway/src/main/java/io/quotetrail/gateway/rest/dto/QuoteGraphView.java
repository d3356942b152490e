package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote's provenance: sources as nodes, relays as edges with the text that states each. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuoteGraphView(
        String quoteId,
        @Schema(description = "The first publisher most chains agree on after the speaker.") String primarySourceId,
        List<Node> nodes,
        @Schema(description = "Relays, upstream to downstream.") List<Edge> edges) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Node(String id, String name, String kind, boolean speaker, boolean outlet) {
    }

    public record Edge(String from, String to, List<Evidence> evidence,
                       @Schema(description = "True for an edge no article states, proposed from the wording alone.") boolean inferred,
                       @Schema(description = "1 for a stated edge; for an inferred one, how sure the proposal is.") double confidence) {
    }

    public record Evidence(String articleId, String text) {
    }
}
