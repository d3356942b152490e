package io.quotetrail.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

import io.quotetrail.gateway.rest.dto.ApiError;
import io.quotetrail.gateway.rest.dto.QuoteDetailView;
import io.quotetrail.gateway.rest.dto.QuoteGraphView;
import io.quotetrail.gateway.rest.dto.QuotePageView;
import io.quotetrail.gateway.rest.validation.IsoDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestQuery;
import io.quotetrail.gateway.service.QuoteExports;
import io.quotetrail.gateway.service.QuoteLookup;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/quotes")
@Tag(name = "Quotes", description = "One utterance across the news: its variants, fragments and provenance")
@SecurityRequirement(name = OpenApiDefinitions.BEARER)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The token lacks the reader role",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "No quote with this id",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "quote-service is unavailable or did not answer in time; retry later",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class QuoteResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** Graphviz's registered media type. */
    static final String GRAPHVIZ = "text/vnd.graphviz";
    static final String JSON_LD = "application/ld+json";
    static final String CSV = "text/csv";

    private final QuoteLookup quotes;
    private final QuoteExports exports;

    public QuoteResource(QuoteLookup quotes, QuoteExports exports) {
        this.quotes = quotes;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("reader")
    @Operation(summary = "Search quotes",
            description = "By words the quote holds (fewest other words first), part of the speaker's name, a source anywhere in a "
                    + "chain, and the occasion date; a page at a time. Role: reader.")
    @APIResponse(responseCode = "200", description = "A page of quotes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuotePageView.class)))
    @APIResponse(responseCode = "400", description = "An invalid parameter (named in `field`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<QuotePageView> search(
            @RestQuery @Size(max = 10_000, message = "must be at most 10000 characters") String text,
            @RestQuery @Size(max = 300, message = "must be at most 300 characters") String speaker,
            @RestQuery @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String sourceId,
            @RestQuery @IsoDate(message = "must be an ISO-8601 date (YYYY-MM-DD)") String from,
            @RestQuery @IsoDate(message = "must be an ISO-8601 date (YYYY-MM-DD)") String to,
            @RestQuery @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") Integer pageSize,
            @RestQuery @Size(max = 200, message = "must be at most 200 characters") String pageToken) {
        return quotes.search(text, speaker, sourceId, from, to, pageSize, pageToken);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("reader")
    @Operation(summary = "Read one quote",
            description = "Canonical wording, speaker, first appearance, variants with word-level differences, "
                    + "fragments and every appearance. JSON by default; ask for `text/csv` to get its occurrences as CSV "
                    + "(RFC 4180, UTF-8, a header row; the columns of `GET /api/v1/export` as CSV). Role: reader.")
    @APIResponse(responseCode = "200", description = "The quote",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDetailView.class)),
                    @Content(mediaType = CSV, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "406", description = "None of the media types in Accept is offered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<QuoteDetailView> get(@PathParam("id") String id) {
        return quotes.find(id);
    }

    @GET
    @Path("/{id}")
    @Produces(CSV)
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Uni<RestResponse<String>> occurrencesCsv(@PathParam("id") String id) {
        return exports.occurrencesCsv(id).map(csv -> RestResponse.ResponseBuilder.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"quote-" + id.replaceAll("[^A-Za-z0-9-]", "")
                        + "-occurrences.csv\"")
                .build());
    }

    @GET
    @Path("/{id}/claim")
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @RolesAllowed("reader")
    @Operation(summary = "A quote as a schema.org Claim",
            description = "JSON-LD (inline context): the canonical wording as `text`, the speaker as `author`, the occasion "
                    + "as `dateCreated`, every article that carries it as an `appearance` (a `NewsArticle` with `url`, "
                    + "`headline`, `publisher`, `datePublished` and the wording it printed as a `Quotation`), the earliest "
                    + "as `firstAppearance`, and fragments as `hasPart`. Role: reader.")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = JSON_LD, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "406", description = "None of the media types in Accept is offered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<String> claim(@PathParam("id") String id) {
        return exports.claim(id);
    }

    @GET
    @Path("/{id}/graph")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("reader")
    @Operation(summary = "A quote's provenance graph",
            description = "Sources as nodes, relays as edges with the sentence that states each, merged from every "
                    + "occurrence's chain. JSON by default; ask for `text/vnd.graphviz` to get Graphviz DOT, or for "
                    + "`application/ld+json` to get W3C PROV-O as JSON-LD (inline context): every article and relay "
                    + "`prov:wasQuotedFrom` the next source upstream, with a `prov:qualifiedQuotation` naming the article "
                    + "and sentence that state it (inferred hops only qualified, `qt:inferred` true, with their "
                    + "confidence), and `prov:hadPrimarySource` the primary source. Role: reader.")
    @APIResponse(responseCode = "200", description = "The graph",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteGraphView.class)),
                    @Content(mediaType = GRAPHVIZ, schema = @Schema(implementation = String.class)),
                    @Content(mediaType = JSON_LD, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "406", description = "None of the media types in Accept is offered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<QuoteGraphView> graph(@PathParam("id") String id) {
        return quotes.graph(id);
    }

    @GET
    @Path("/{id}/graph")
    @Produces(GRAPHVIZ)
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Uni<String> graphDot(@PathParam("id") String id) {
        return quotes.graphDot(id);
    }

    @GET
    @Path("/{id}/graph")
    @Produces(JSON_LD)
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Uni<String> graphProvenance(@PathParam("id") String id) {
        return exports.provenance(id);
    }
}
