package io.quotetrail.quote.service;

import java.time.LocalDate;

/**
 * A validated ingest request. Optional text fields are null when absent.
 *
 * @param textSha256 hex sha-256 of the UTF-8 text: with {@code outletKey}, the idempotency key
 *                   of an article without external id
 * @param outletKey  the outlet field trimmed and lower-cased, '' when absent
 */
public record IngestCommand(String externalId, String title, String text, String outlet, String url,
                            LocalDate publishedAt, String language, String textSha256, String outletKey) {
}
