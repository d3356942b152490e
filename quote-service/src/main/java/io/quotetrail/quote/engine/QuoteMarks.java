package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in one paragraph: “ ” " " ‘ ’ ' ' « » „ “ ‚ ‘, nested to a bounded depth,
 * telling apostrophes (Japan’s, Korea's, rock 'n' roll) from marks. One pass over the paragraph.
 */
final class QuoteMarks {

    /** A quotation's marks and words in the clean text; {@code close} is -1 when it runs on past the paragraph. */
    record Span(int open, int close, int contentStart, int contentEnd, int depth, boolean continued) {
    }

    private static final int MAX_DEPTH = 4;

    private QuoteMarks() {
    }

    /**
     * The quotations of clean[from, to). {@code continued} says the paragraph's first quotation
     * carries on from the previous paragraph; {@code nextOpensQuote} says whether the next
     * paragraph begins with an opening mark (so an unclosed quotation here continues there).
     */
    static List<Span> scan(String clean, int from, int to, boolean continued, boolean nextOpensQuote) {
        List<Span> spans = new ArrayList<>();
        int[] openAt = new int[MAX_DEPTH];
        char[] closers = new char[MAX_DEPTH];
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = clean.charAt(i);
            if (!Lexicon.isQuoteMark(c)) {
                continue;
            }
            char prev = i > from ? clean.charAt(i - 1) : ' ';
            char next = i + 1 < to ? clean.charAt(i + 1) : ' ';
            boolean wordBefore = Character.isLetterOrDigit(prev);
            boolean wordAfter = Character.isLetterOrDigit(next);
            if ((c == '\'' || c == '\u2019') && wordBefore && wordAfter) {
                continue; // an apostrophe inside a word
            }
            int match = matchingOpen(closers, depth, c, prev);
            boolean guillemet = c == '\u00BB' || c == '\u203A' || c == '\u00AB';
            if (match >= 0 && (!Character.isWhitespace(prev) || guillemet)) {
                if (match == depth - 1 || c != '\'' && c != '\u2019') {
                    depth = match;
                    addSpan(clean, spans, openAt[match], i, match, false);
                    continue;
                }
            }
            char closer = closerFor(c, next, prev);
            boolean canOpen = closer != 0 && (!Character.isWhitespace(next) || guillemet)
                    && (!wordBefore || c == '\u201E' || c == '\u201A' || c == '\u00AB');
            if (canOpen && depth < MAX_DEPTH) {
                openAt[depth] = i;
                closers[depth] = closer;
                depth++;
            }
        }
        if (depth > 0) {
            // Only the outermost quotation may run on: into the next paragraph, or to this one's end.
            int before = spans.size();
            addSpan(clean, spans, openAt[0], -1, 0, false);
            if (spans.size() > before) {
                Span last = spans.get(spans.size() - 1);
                if (!nextOpensQuote && wordCount(clean, last.contentStart(), last.contentEnd()) < 4) {
                    spans.remove(spans.size() - 1);
                }
            }
        }
        if (continued && !spans.isEmpty() && spans.get(0).depth() == 0) {
            Span first = spans.get(0);
            boolean startsParagraph = first.open() == from;
            if (startsParagraph) {
                spans.set(0, new Span(first.open(), first.close(), first.contentStart(), first.contentEnd(), 0, true));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return spans;
    }

    private static void addSpan(String clean, List<Span> spans, int open, int close, int depth, boolean continued) {
        int end = close < 0 ? paragraphEnd(clean, open) : close;
        int s = open + 1;
        int e = end;
        while (s < e && Character.isWhitespace(clean.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(clean.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new Span(open, close, s, e, depth, continued));
        }
    }

    private static int paragraphEnd(String clean, int from) {
        int newline = clean.indexOf('\n', from);
        int end = newline < 0 ? clean.length() : newline;
        while (end > from && Character.isWhitespace(clean.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The depth of the open quotation that {@code c} closes, or -1. */
    private static int matchingOpen(char[] closers, int depth, char c, char prev) {
        for (int d = depth - 1; d >= 0; d--) {
            char expected = closers[d];
            boolean closes = c == expected
                    || expected == '\u201C' && c == '\u201D' // „…” as well as „…“
                    || expected == '\u2018' && c == '\u2019'
                    || expected == '\u2019' && c == '\u2018';
            if (closes) {
                return d;
            }
        }
        return -1;
    }

    /** The mark that closes a quotation opened by {@code c}, or 0 when {@code c} does not open one. */
    private static char closerFor(char c, char next, char prev) {
        return switch (c) {
            case '\u201C' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            case '\u2018' -> '\u2019';
            case '\u201A' -> '\u2018';
            case '"' -> '"';
            case '\'' -> Character.isLetter(next) ? '\'' : 0;
            default -> 0;
        };
    }

    static int wordCount(String clean, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(clean.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** True when clean[from] is an opening quotation mark at the start of a paragraph. */
    static boolean opensQuote(String clean, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = clean.charAt(from);
        return "\u201C\u201E\u00AB\"\u2018\u201A".indexOf(c) >= 0 && from + 1 < to
                && !Character.isWhitespace(clean.charAt(from + 1));
    }
}
