package io.quotetrail.quote.engine;

/**
 * An intermediary through which a quotation reached the article.
 *
 * @param name     the intermediary as written, e.g. "state news agency Xinhua"
 * @param evidence the text that justifies the hop, e.g. "according to state news agency Xinhua"
 */
public record ChainMention(String name, String evidence) {
}
