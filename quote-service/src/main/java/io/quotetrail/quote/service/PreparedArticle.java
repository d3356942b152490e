package io.quotetrail.quote.service;

import io.quotetrail.quote.engine.ExtractedQuote;
import io.quotetrail.proto.source.v1.Mention;
import java.util.List;

/**
 * An article extracted and ready to resolve: its quotations, the distinct mentions to resolve in
 * one batch, and for each quotation where its names sit in that batch.
 *
 * @param speakerMention     per quotation, index of its speaker in {@code mentions}, or -1
 * @param intermediaryMentions per quotation, indexes of its intermediaries in {@code mentions}
 * @param outletMention      index of the article's outlet in {@code mentions}, or -1
 * @param url                the article's address: the url field, else the text's "Original url"
 * @param resumesPrevious    per quotation, whether it carries on the previous one after a speech tag
 *                           (see {@link io.quotetrail.quote.engine.SplitQuotations})
 */
public record PreparedArticle(List<ExtractedQuote> quotes, List<Mention> mentions, int[] speakerMention,
                              List<int[]> intermediaryMentions, int outletMention, String outletEvidence,
                              String url, boolean[] resumesPrevious) {
}
