package io.quotetrail.source.service;

import io.quotetrail.source.model.MentionContext;
import io.quotetrail.source.model.SourceKind;

/**
 * A name as written in an article.
 *
 * @param kindHint the extractor's suggestion for a new source, or {@code null}
 * @param url      a web domain or URL of an outlet, or {@code null}
 */
public record MentionInput(String text, MentionContext context, SourceKind kindHint, String url) {
}
