package io.quotetrail.quote.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One sentence a speech tag splits in two: {@code "The plan," she said, "is a turning point."}
 * The pieces are one utterance, and only together do they read as the wording other outlets
 * carry whole. {@code "The plan is brave," he said. "Prices will rise."} is not such a split:
 * the second quotation opens a sentence of its own, often another remark.
 */
public final class SplitQuotations {

    /** Between the closing mark and the next opening mark: a short speech tag and nothing else. */
    private static final Pattern SPEECH_TAG = Pattern.compile(
            "\\s*[\\p{L}\\p{M}\\p{N}'’.\\- ]{1,80}?[,.:]?\\s*");
    private static final int MAX_TAG_WORDS = 10;

    private SplitQuotations() {
    }

    /**
     * For each quotation, whether it carries on the previous one after a speech tag: the previous
     * one stops at a comma (the sentence runs into the tag), nothing but the tag stands between
     * them, and both have a speaker (the caller checks it is the same one).
     *
     * @param ingested the text the quotations' offsets point into
     */
    public static boolean[] resumesPrevious(String ingested, List<ExtractedQuote> quotes) {
        boolean[] resumes = new boolean[quotes.size()];
        for (int q = 1; q < quotes.size(); q++) {
            ExtractedQuote previous = quotes.get(q - 1);
            ExtractedQuote current = quotes.get(q);
            resumes[q] = previous.speaker() != null && current.speaker() != null && !current.continued()
                    && endsWithComma(previous.text()) && startsLowerCase(current.text())
                    && isSpeechTag(ingested, previous.end(), current.start());
        }
        return resumes;
    }

    /** The sentence two pieces make: the first without the comma the tag took, then the second. */
    public static String join(String first, String second) {
        String head = first.strip();
        return head.substring(0, head.length() - 1).strip() + " " + second.strip();
    }

    private static boolean startsLowerCase(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
    }

    private static boolean endsWithComma(String text) {
        String stripped = text.strip();
        return stripped.length() > 1 && stripped.charAt(stripped.length() - 1) == ',';
    }

    /** The gap holds one closing mark, a tag of a few words on one line, and one opening mark. */
    private static boolean isSpeechTag(String ingested, int previousEnd, int currentStart) {
        if (previousEnd < 0 || currentStart > ingested.length() || currentStart - previousEnd < 4
                || currentStart - previousEnd > 100) {
            return false;
        }
        String gap = ingested.substring(previousEnd, currentStart);
        if (!Lexicon.isQuoteMark(gap.charAt(0)) || !Lexicon.isQuoteMark(gap.charAt(gap.length() - 1))
                || gap.indexOf('\n') >= 0) {
            return false;
        }
        String tag = gap.substring(1, gap.length() - 1);
        return SPEECH_TAG.matcher(tag).matches() && tag.strip().split("\\s+").length <= MAX_TAG_WORDS;
    }
}
