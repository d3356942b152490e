package io.quotetrail.source.service;

import io.quotetrail.source.model.SourceKind;

import java.util.List;

/**
 * A source to create (empty id) or update.
 *
 * @param kind       {@code null} keeps the kind of an existing source
 * @param externalId empty keeps the existing one
 */
public record SourceDraft(String id, String name, SourceKind kind, String externalId, List<String> aliases,
                          List<String> domains) {
}
