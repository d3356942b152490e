package io.quotetrail.source.service;

import io.quotetrail.source.model.SourceKind;

import java.util.List;
import java.util.UUID;

/**
 * A source with the other names it goes by, its web domains, and the sources merged into it.
 */
public record SourceView(UUID id, String name, SourceKind kind, String externalId, List<String> aliases,
                         List<String> domains, List<MergedSource> mergedFrom) {

    /** A source merged into this one: its id, which now resolves here, and the name it had. */
    public record MergedSource(UUID id, String name) {
    }
}
