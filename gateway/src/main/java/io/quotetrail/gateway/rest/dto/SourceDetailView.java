package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source of the registry with every name it goes by, its web domains and the sources merged into it. */
@Schema(name = "Source")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourceDetailView(
        String id,
        @Schema(description = "Canonical display name.", examples = "Valley Wire") String name,
        @Schema(description = "PERSON, ORGANIZATION, GOVERNMENT, STATE_MEDIA, NEWS_AGENCY, OUTLET or PLATFORM.") String kind,
        @Schema(description = "Identifier in another registry, e.g. wikidata:Q193706, or null.") String externalId,
        @Schema(description = "Other names the source goes by.") List<String> aliases,
        @Schema(description = "Web domains of an outlet.") List<String> domains,
        @Schema(description = "Sources merged into this one: their ids resolve here. Reading a merged id answers "
                + "this source, whose id then differs from the one asked for.") List<MergedSource> mergedFrom) {

    /** A source merged into another: its id and the name it had. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MergedSource(String id, String name) {
    }
}
