package io.quotetrail.quote.service;

/** The stored article, and whether this ingest created it. */
public record IngestOutcome(ArticleView article, boolean created) {
}
