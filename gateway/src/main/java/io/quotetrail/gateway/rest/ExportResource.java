package io.quotetrail.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import io.quotetrail.gateway.rest.dto.ExportView;
import io.quotetrail.gateway.service.ArticleService;
import io.quotetrail.gateway.service.QuoteExports;
import org.jboss.resteasy.reactive.RestMulti;

@Path("/api/v1/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Export", description = "Everything extracted so far, in the format the scorer reads")
@SecurityRequirement(name = OpenApiDefinitions.BEARER)
public class ExportResource {

    private final ArticleService articles;
    private final QuoteExports exports;

    public ExportResource(ArticleService articles, QuoteExports exports) {
        this.articles = articles;
        this.exports = exports;
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "Every article with its quotations, oldest first",
            description = "JSON by default; ask for `text/csv` to get one row per occurrence (RFC 4180, UTF-8, a header "
                    + "row; cells that a spreadsheet would run as a formula start with an apostrophe). Both are streamed "
                    + "as the store is read. Role: reader.")
    @APIResponse(responseCode = "200", description = "The export",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)),
                    @Content(mediaType = QuoteResource.CSV, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "406", description = "None of the media types in Accept is offered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the reader role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "quote-service is unavailable or did not answer in time; retry later",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RestMulti<byte[]> export() {
        // Written as it is read (see ArticleService#exportJson): any size of store, in constant memory.
        return RestMulti.fromMultiData(articles.exportJson()).encodeAsJsonArray(false).build();
    }

    @GET
    @Produces(QuoteResource.CSV)
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public RestMulti<byte[]> exportCsv() {
        return RestMulti.fromMultiData(exports.exportCsv())
                .header("Content-Disposition", "attachment; filename=\"quotetrail-occurrences.csv\"")
                .build();
    }
}
