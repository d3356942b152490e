package io.quotetrail.source.model;

/** Where a mention was seen in an article; guides the kind of a source created for an unknown name. */
public enum MentionContext {
    UNSPECIFIED,
    /** The grammatical speaker of a quotation ("X said"). */
    SPEAKER,
    /** An intermediary that relayed the words ("according to X"). */
    INTERMEDIARY,
    /** The outlet publishing the article. */
    PUBLISHER
}
