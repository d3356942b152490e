package io.quotetrail.gateway.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quotetrail.gateway.rest.dto.ApiError;
import io.quotetrail.gateway.rest.dto.ArticleBatchSubmission;
import io.quotetrail.gateway.rest.dto.ArticleBatchView;
import io.quotetrail.gateway.rest.error.GrpcStatusExceptionMapper;
import io.quotetrail.gateway.service.BatchOutcome;
import io.quotetrail.gateway.rest.dto.ArticleLimits;
import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.rest.dto.ArticleView;
import io.quotetrail.gateway.service.ArticleService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest articles and read them back with their quotations")
@SecurityRequirement(name = OpenApiDefinitions.BEARER)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The token lacks the required role",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "A backend service is unavailable or did not answer in time; retry later",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(summary = "Ingest an article",
            description = "Extracts the article's quotations and their attribution and stores them. Idempotent: the same "
                    + "externalId (or, without one, the same text and outlet) returns the stored article with 200 and "
                    + "creates nothing. The text may be at most " + ArticleLimits.MAX_TEXT_BYTES
                    + " bytes (2 MiB) of UTF-8. Role: editor.")
    @APIResponse(responseCode = "201", description = "Ingested; Location names the new article",
            headers = @Header(name = "Location", description = "URL of the article"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already ingested; the stored article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON or an invalid field (named in `field`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "text is longer than 2 MiB (2,097,152 bytes) of UTF-8",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RestResponse<ArticleView>> ingest(
            @Valid @NotNull(message = "request body must be a JSON object") ArticleSubmission submission,
            UriInfo uriInfo) {
        return articles.ingest(submission).map(outcome -> {
            if (!outcome.created()) {
                return RestResponse.ok(outcome.article());
            }
            URI location = uriInfo.getBaseUriBuilder().path(ArticleResource.class).path(outcome.article().id()).build();
            return RestResponse.ResponseBuilder.<ArticleView> created(location).entity(outcome.article()).build();
        });
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(summary = "Ingest several articles in one request",
            description = "For bulk loads: up to " + ArticleLimits.MAX_BATCH_ARTICLES + " articles, each as for "
                    + "POST /api/v1/articles, in a body of at most 6 MiB. The whole batch is validated first: one invalid "
                    + "article refuses the batch with 400 (or 413) naming it, as articles[i].field, and nothing is "
                    + "ingested. Then the articles are ingested in order, each on its own, and the answer gives each "
                    + "one's result with the status a single ingest would have answered. If a backend fails during the "
                    + "batch, the answer is 503 and the articles ingested before stay ingested: ingest is idempotent, so "
                    + "sending the batch again is safe. Role: editor.")
    @APIResponse(responseCode = "200", description = "One result per article, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleBatchView.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON, no articles or too many, or an invalid article (named "
            + "in `field`, e.g. articles[3].publishedAt); nothing was ingested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "An article's text is longer than 2 MiB of UTF-8, or the body is longer "
            + "than 6 MiB; nothing was ingested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<ArticleBatchView> ingestBatch(
            @Valid @NotNull(message = "request body must be a JSON object") ArticleBatchSubmission submission) {
        return articles.ingestBatch(submission.articles()).map(ArticleResource::batchView);
    }

    private static ArticleBatchView batchView(List<BatchOutcome> outcomes) {
        int created = 0;
        int existing = 0;
        List<ArticleBatchView.Result> results = new ArrayList<>(outcomes.size());
        for (BatchOutcome outcome : outcomes) {
            if (outcome.outcome() == null) {
                ApiError error = GrpcStatusExceptionMapper.errorFor(outcome.failure(), null);
                results.add(new ArticleBatchView.Result(outcome.index(), error.status(), null, error));
            } else if (outcome.outcome().created()) {
                created++;
                results.add(new ArticleBatchView.Result(outcome.index(), 201, outcome.outcome().article(), null));
            } else {
                existing++;
                results.add(new ArticleBatchView.Result(outcome.index(), 200, outcome.outcome().article(), null));
            }
        }
        return new ArticleBatchView(created, existing, outcomes.size() - created - existing, results);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("reader")
    @Operation(summary = "Read one article with its quotations", description = "Role: reader.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No article with this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<ArticleView> get(@PathParam("id") String id,
            @Parameter(description = "Also return the ingested text (the quotes' start/end index it).")
            @QueryParam("includeText") @DefaultValue("false") boolean includeText) {
        return articles.find(id, includeText);
    }
}
