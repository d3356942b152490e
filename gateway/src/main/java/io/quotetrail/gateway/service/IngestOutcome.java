package io.quotetrail.gateway.service;

import io.quotetrail.gateway.rest.dto.ArticleView;

/** The article after an ingest, and whether this request created it (false: it was already there). */
public record IngestOutcome(ArticleView article, boolean created) {
}
