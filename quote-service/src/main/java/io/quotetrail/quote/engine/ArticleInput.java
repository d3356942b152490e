package io.quotetrail.quote.engine;

/**
 * What the engine needs to know about an article. Only {@code text} is required; the other
 * fields help (the title marks the headline, the publication date completes partial dates, the
 * outlet tells "told the Ledger" about the article's own paper from a relay).
 *
 * @param text        the ingested text; all offsets the engine reports refer to it
 * @param title       the article's title, or null
 * @param publishedAt ISO date (yyyy-MM-dd) of publication, or null
 * @param outlet      the name of the outlet that published the article, or null
 */
public record ArticleInput(String text, String title, String publishedAt, String outlet) {

    public ArticleInput {
        text = text == null ? "" : text;
    }

    public ArticleInput(String text, String title, String publishedAt) {
        this(text, title, publishedAt, null);
    }

    public static ArticleInput ofText(String text) {
        return new ArticleInput(text, null, null, null);
    }
}
