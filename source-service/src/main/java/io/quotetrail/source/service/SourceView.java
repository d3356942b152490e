package io.quotetrail.source.service;

import io.quotetrail.source.model.SourceKind;

import java.util.List;
import java.util.UUID;

/** A source with the other names it goes by and its web domains. */
public record SourceView(UUID id, String name, SourceKind kind, String externalId, List<String> aliases,
                         List<String> domains) {
}
