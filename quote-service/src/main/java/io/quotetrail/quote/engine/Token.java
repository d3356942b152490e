package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark, [start, end) in the clean text. {@code lower} is the text in lower
 * case with typographic apostrophes made straight and a possessive "'s" removed, for look-ups.
 * {@code quoted} tokens lie inside a quotation: they are somebody's words, not the narrative.
 */
record Token(int start, int end, String text, String lower, boolean word, boolean possessive, boolean quoted) {

    boolean capitalized() {
        return word && (Character.isUpperCase(text.codePointAt(0)) || Character.isTitleCase(text.codePointAt(0)));
    }

    boolean allCaps() {
        if (!word) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    boolean is(String punctuation) {
        return !word && text.equals(punctuation);
    }

    /** The word without a possessive ending, as written. */
    String bare() {
        return possessive ? text.substring(0, text.length() - 2) : text;
    }

    /** Words and punctuation of clean[from, to); {@code quoted} tells which offsets lie inside quotations. */
    static List<Token> tokenize(String clean, int from, int to, java.util.function.IntPredicate quoted) {
        List<Token> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int limit = Math.min(to, clean.length());
        while (i < limit) {
            char c = clean.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00AD') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i + 1;
                while (end < limit) {
                    char d = clean.charAt(end);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        end++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2010' || d == '.' && isInitialism(clean, i, end))
                            && end + 1 < limit && Character.isLetterOrDigit(clean.charAt(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                String text = clean.substring(i, end);
                String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                boolean possessive = lower.length() > 2 && lower.endsWith("'s");
                if (possessive) {
                    lower = lower.substring(0, lower.length() - 2);
                } else if (lower.endsWith("s") && end < limit && (clean.charAt(end) == '\u2019' || clean.charAt(end) == '\'')
                        && (end + 1 >= limit || !Character.isLetter(clean.charAt(end + 1))) && Character.isUpperCase(c)) {
                    possessive = false; // "Motors’ boss": plural possessive, the name keeps its s
                }
                tokens.add(new Token(i, end, text, lower, true, possessive, quoted.test(i)));
                i = end;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c), String.valueOf(c), false, false, quoted.test(i)));
                i++;
            }
        }
        return tokens;
    }

    /** "U.S", "U.N": single letters joined by full stops stay one word. */
    private static boolean isInitialism(String clean, int start, int dot) {
        return dot - start == 1 || dot >= 2 && clean.charAt(dot - 2) == '.';
    }
}
