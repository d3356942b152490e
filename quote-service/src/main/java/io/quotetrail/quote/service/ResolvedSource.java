package io.quotetrail.quote.service;

import java.util.UUID;

/** A source as source-service resolved it: id, canonical name and kind name. */
public record ResolvedSource(UUID id, String name, String kind) {
}
