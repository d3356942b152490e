package io.quotetrail.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.quotetrail.gateway.rest.dto.AliasSubmission;
import io.quotetrail.gateway.rest.dto.ApiError;
import io.quotetrail.gateway.rest.dto.MergeSubmission;
import io.quotetrail.gateway.rest.dto.SourceDetailView;
import io.quotetrail.gateway.rest.dto.SourcePageView;
import io.quotetrail.gateway.service.SourceDirectory;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The registry of sources (people, organisations, media, agencies, outlets): "
        + "their aliases, and merging two entries that name one entity")
@SecurityRequirement(name = OpenApiDefinitions.BEARER)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The token lacks the required role",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "A backend service is unavailable or did not answer in time; retry later",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class SourceResource {

    static final String KIND_PATTERN = "(?i)PERSON|ORGANIZATION|GOVERNMENT|STATE_MEDIA|NEWS_AGENCY|OUTLET|PLATFORM";
    static final String KIND_MESSAGE =
            "must be one of PERSON, ORGANIZATION, GOVERNMENT, STATE_MEDIA, NEWS_AGENCY, OUTLET, PLATFORM";

    private final SourceDirectory sources;

    public SourceResource(SourceDirectory sources) {
        this.sources = sources;
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "List sources",
            description = "Sources ordered by name, a page at a time; `query` matches part of any name or alias "
                    + "(case and punctuation aside), `kind` one kind. Merged sources are not listed: their names "
                    + "belong to the source they were merged into. Role: reader.")
    @APIResponse(responseCode = "200", description = "A page of sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePageView.class)))
    @APIResponse(responseCode = "400", description = "An invalid parameter (named in `field`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<SourcePageView> list(
            @RestQuery @Size(max = 300, message = "must be at most 300 characters") String query,
            @RestQuery @Pattern(regexp = KIND_PATTERN, message = KIND_MESSAGE) String kind,
            @RestQuery @Min(value = 1, message = "must be between 1 and 500") @Max(value = 500, message = "must be between 1 and 500") Integer pageSize,
            @RestQuery @Size(max = 2000, message = "must be at most 2000 characters") String pageToken) {
        return sources.list(query, kind, pageSize, pageToken);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("reader")
    @Operation(summary = "Read one source",
            description = "With its aliases, web domains, kind and the sources merged into it. The id of a merged "
                    + "source answers the source it was merged into: the answer's id then differs from the one asked "
                    + "for, which is listed in its mergedFrom. Role: reader.")
    @APIResponse(responseCode = "200", description = "The source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDetailView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No source with this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<SourceDetailView> get(
            @PathParam("id") @Pattern(regexp = MergeSubmission.UUID_PATTERN, message = "must be a UUID") String id) {
        return sources.find(id);
    }

    @POST
    @Path("/{id}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(summary = "Add aliases to a source",
            description = "Registers other names of the source: mentions of them resolve to it from then on. A name "
                    + "another source holds is refused with 409 and nothing is added. Role: editor.")
    @APIResponse(responseCode = "200", description = "The source with its names",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDetailView.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON or an invalid field (named in `field`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No source with this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "A name belongs to another source, or the source was merged into another",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<SourceDetailView> addAliases(
            @PathParam("id") @Pattern(regexp = MergeSubmission.UUID_PATTERN, message = "must be a UUID") String id,
            @Valid @NotNull(message = "request body must be a JSON object") AliasSubmission submission) {
        return sources.addAliases(id, submission.aliases());
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(summary = "Merge two sources that name one entity",
            description = "The source `fromId` is merged into `intoId`: the survivor gains its names, web domains and "
                    + "external id; `fromId` stays as a tombstone that resolves to the survivor, so ids held elsewhere "
                    + "keep working. Quotes, graphs, search and export then show the survivor. Refused with 409 when "
                    + "either source was merged already, when a person would be merged with a non-person (correct the "
                    + "kind first), or when their external ids differ. Merging again into the same survivor is a "
                    + "safe retry (after a 503, it completes the merge). Role: editor.")
    @APIResponse(responseCode = "200", description = "The survivor, with the merged source in mergedFrom",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDetailView.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON, an id that is not a UUID, or a source merged into "
            + "itself (the field is named in `field`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No source with one of the ids",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The sources' state forbids this merge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<SourceDetailView> merge(
            @Valid @NotNull(message = "request body must be a JSON object") MergeSubmission submission) {
        return sources.merge(submission.fromId(), submission.intoId());
    }
}
