package io.quotetrail.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quotetrail.gateway.rest.dto.ApiError;
import io.quotetrail.gateway.rest.dto.TraceSubmission;
import io.quotetrail.gateway.rest.dto.TraceView;
import io.quotetrail.gateway.service.QuoteLookup;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/trace")
@Tag(name = "Quotes")
@SecurityRequirement(name = OpenApiDefinitions.BEARER)
public class TraceResource {

    private final QuoteLookup quotes;

    public TraceResource(QuoteLookup quotes) {
        this.quotes = quotes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("reader")
    @Operation(summary = "Trace a quotation",
            description = "Paste text as someone saw it (perhaps misquoted, truncated, re-punctuated): the quotes it may "
                    + "be, best first, with how the text differs from each canonical wording, the speaker, first "
                    + "appearance and provenance graph. Role: reader.")
    @APIResponse(responseCode = "200", description = "The matches, best first; none when nothing is close",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TraceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON or an invalid field (named in `field`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "quote-service is unavailable or did not answer in time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<TraceView> trace(@Valid @NotNull(message = "request body must be a JSON object") TraceSubmission submission) {
        return quotes.trace(submission);
    }
}
