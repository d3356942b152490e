package io.quotetrail.quote.engine;

import java.util.List;

/**
 * One occurrence of a quotation found in an article.
 *
 * @param start         UTF-16 offset of the first character inside the quote marks, in the ingested text
 * @param end           exclusive UTF-16 end offset, before the closing mark
 * @param text          the quotation without its marks, as read: markup dropped and HTML entities decoded
 *                      (for plain text exactly {@code ingested.substring(start, end)})
 * @param kind          how the quotation sits in the article
 * @param cue           the attributing verb or construction ("said"), or null
 * @param speaker       who said it, or null when no speaker could be found
 * @param medium        letter, statement, interview... or null
 * @param occasionDate  ISO date of the utterance when the text gives one, or null
 * @param intermediaries the hops between speaker and outlet, origin first (the outlet itself excluded)
 * @param continued     true when this paragraph carries on the previous occurrence's quotation
 *                      (an opening mark with no closing one before it): the same utterance
 */
public record ExtractedQuote(int start, int end, String text, QuoteKind kind, String cue,
                             SpeakerMention speaker, String medium, String occasionDate,
                             List<ChainMention> intermediaries, boolean continued) {

    public ExtractedQuote {
        intermediaries = List.copyOf(intermediaries);
    }

    public ExtractedQuote(int start, int end, String text, QuoteKind kind, String cue, SpeakerMention speaker,
                          String medium, String occasionDate, List<ChainMention> intermediaries) {
        this(start, end, text, kind, cue, speaker, medium, occasionDate, intermediaries, false);
    }
}
