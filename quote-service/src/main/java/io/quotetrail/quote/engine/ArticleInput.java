package io.quotetrail.quote.engine;

/**
 * What the engine needs to know about an article. Only {@code text} is required; the other
 * fields help (the title marks the headline, the publication date completes partial dates).
 *
 * @param text        the ingested text; all offsets the engine reports refer to it
 * @param title       the article's title, or null
 * @param publishedAt ISO date (yyyy-MM-dd) of publication, or null
 */
public record ArticleInput(String text, String title, String publishedAt) {

    public ArticleInput {
        text = text == null ? "" : text;
    }

    public static ArticleInput ofText(String text) {
        return new ArticleInput(text, null, null);
    }
}
