package io.quotetrail.source.service;

/**
 * What one mention resolved to.
 *
 * @param source  the source, or {@code null} when the mention is only a generic description
 *                ("state media") that names no particular source without its context
 * @param created true when this request created the source
 */
public record Resolution(SourceView source, boolean created) {
}
