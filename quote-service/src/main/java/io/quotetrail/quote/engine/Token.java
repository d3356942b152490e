package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark of the article, [start, end) in the raw text; {@code lower} is the
 * text in lower case with typographic apostrophes made straight, for lexicon look-ups.
 */
record Token(int start, int end, String text, String lower, boolean word) {

    Token(int start, int end, String text, boolean word) {
        this(start, end, text, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''), word);
    }

    boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String punctuation) {
        return !word && text.equals(punctuation);
    }

    /** Markdown emphasis, link brackets and heading marks carry no words. */
    private static final String IGNORED = "*_[]#>`|";

    /** Words and punctuation of [from, to), skipping whitespace and masked markup. */
    static List<Token> tokenize(ArticleText text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        String raw = text.raw();
        int i = Math.max(0, from);
        int limit = Math.min(to, raw.length());
        while (i < limit) {
            char c = raw.charAt(i);
            if (text.isMasked(i) || Character.isWhitespace(c) || IGNORED.indexOf(c) >= 0) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i + 1;
                while (end < limit && !text.isMasked(end)) {
                    char d = raw.charAt(end);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        end++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2010')
                            && end + 1 < limit && Character.isLetterOrDigit(raw.charAt(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(i, end, raw.substring(i, end), true));
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < limit ? i + 2 : i + 1;
                tokens.add(new Token(i, end, raw.substring(i, end), false));
                i = end;
            }
        }
        return tokens;
    }
}
