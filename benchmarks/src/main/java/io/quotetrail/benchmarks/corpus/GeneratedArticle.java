package io.quotetrail.benchmarks.corpus;

import java.util.List;

/**
 * One generated news article with its gold annotations.
 *
 * @param externalId       unique id, used as the manifest id and the ingestion externalId
 * @param outlet           the publishing outlet (never part of a gold chain)
 * @param url              an invented URL on the outlet's domain
 * @param publishedAt      ISO date (yyyy-MM-dd)
 * @param language         always "en"
 * @param text             headline line, blank line, body paragraphs separated by blank lines
 * @param quotes           every quotation occurrence, in text order
 * @param noise            quoted words that are not quotations (scare quotes, names of programmes)
 * @param entities         every source the gold of this article names, with the aliases the text uses
 * @param distinctClusters pairs of look-alike utterances that must stay apart; a pair is attached to
 *                         the first article carrying its newer utterance
 */
public record GeneratedArticle(String externalId, String outlet, String url, String publishedAt, String language,
                               String text, List<GoldQuote> quotes, List<String> noise, List<GoldEntity> entities,
                               List<List<String>> distinctClusters) {

    public GeneratedArticle {
        quotes = List.copyOf(quotes);
        noise = List.copyOf(noise);
        entities = List.copyOf(entities);
        distinctClusters = List.copyOf(distinctClusters);
    }

    /** Quotations the scorer counts (headline quotes are optional). */
    public long occurrences() {
        return quotes.stream().filter(q -> !q.optional()).count();
    }
}
