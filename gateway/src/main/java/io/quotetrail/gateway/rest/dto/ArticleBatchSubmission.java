package io.quotetrail.gateway.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/articles/batch}: up to {@link ArticleLimits#MAX_BATCH_ARTICLES} articles. */
@Schema(name = "ArticleBatchSubmission", description = "Articles to ingest in one request, in order.")
public record ArticleBatchSubmission(

        @Schema(required = true, description = "From 1 to " + ArticleLimits.MAX_BATCH_ARTICLES
                + " articles, each as for POST /api/v1/articles.")
        @NotNull(message = "must be a list of articles")
        @Size(min = 1, max = ArticleLimits.MAX_BATCH_ARTICLES,
                message = "must hold from 1 to " + ArticleLimits.MAX_BATCH_ARTICLES + " articles")
        List<@NotNull(message = "must be an article object, not null") @Valid ArticleSubmission> articles) {
}
