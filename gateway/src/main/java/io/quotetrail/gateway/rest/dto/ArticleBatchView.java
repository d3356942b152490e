package io.quotetrail.gateway.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch ingest: one result per submitted article, in the order they were sent. */
@Schema(name = "ArticleBatch")
@JsonPropertyOrder({ "created", "existing", "failed", "results" })
public record ArticleBatchView(
        @Schema(description = "Articles this request created.") int created,
        @Schema(description = "Articles that were already ingested (returned as stored, nothing created).") int existing,
        @Schema(description = "Articles refused or not ingested; each result's error says why.") int failed,
        List<Result> results) {

    /** The outcome for the article at {@code index} of the request. */
    @Schema(name = "ArticleBatchResult")
    @JsonPropertyOrder({ "index", "status", "article", "error" })
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(
            @Schema(description = "Position of the article in the request, from 0.") int index,
            @Schema(description = "The status a single POST /api/v1/articles would have answered: 201 created, "
                    + "200 already ingested, or the error's status.") int status,
            @Schema(description = "The article with its quotations; null on error.") ArticleView article,
            @Schema(description = "Why this article was not ingested; null on success.") ApiError error) {
    }
}
