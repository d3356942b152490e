package io.quotetrail.source.service;

import io.quotetrail.source.model.MentionContext;
import io.quotetrail.source.model.SourceKind;

/**
 * A name as written in an article.
 *
 * @param kindHint the extractor's suggestion for a new source, or {@code null}
 * @param url      a web domain or URL of an outlet, or {@code null}
 * @param knownOnly resolve to a known source only, never create one
 */
public record MentionInput(String text, MentionContext context, SourceKind kindHint, String url, boolean knownOnly) {

    public MentionInput(String text, MentionContext context, SourceKind kindHint, String url) {
        this(text, context, kindHint, url, false);
    }
}
