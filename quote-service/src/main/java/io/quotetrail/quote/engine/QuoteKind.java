package io.quotetrail.quote.engine;

/** How a quotation sits in the article. */
public enum QuoteKind {
    /** A whole sentence or more. */
    FULL,
    /** A few words quoted inside the writer's own sentence. */
    FRAGMENT,
    /** A quotation in a headline or standfirst. */
    HEADLINE,
    /** A turn in a "Name: what they said" transcript. */
    TRANSCRIPT
}
