package io.quotetrail.quote.provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between a variant and the canonical wording: the longest common
 * subsequence of words, the rest marked as added or removed. Punctuation stays with its word;
 * case is ignored when comparing.
 */
public final class WordDiff {

    public enum Op { SAME, ADDED, REMOVED }

    /** A run of words with one operation. */
    public record Part(Op op, String text) {
    }

    /** Variants longer than this many words are compared as one replaced block (keeps the work bounded). */
    static final int MAX_WORDS = 2000;

    private WordDiff() {
    }

    /** How {@code variant} differs from {@code canonical}: SAME and REMOVED parts spell the canonical wording. */
    public static List<Part> between(String canonical, String variant) {
        String[] a = words(canonical);
        String[] b = words(variant);
        if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
            List<Part> parts = new ArrayList<>();
            parts.add(new Part(Op.REMOVED, String.join(" ", a)));
            parts.add(new Part(Op.ADDED, String.join(" ", b)));
            return parts;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && same(a[i], b[j])) {
                append(parts, Op.SAME, b[j]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(parts, Op.ADDED, b[j++]);
            } else {
                append(parts, Op.REMOVED, a[i++]);
            }
        }
        return parts;
    }

    private static void append(List<Part> parts, Op op, String word) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == op) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(op, last.text() + " " + word));
        } else {
            parts.add(new Part(op, word));
        }
    }

    private static boolean same(String x, String y) {
        return strip(x).equalsIgnoreCase(strip(y));
    }

    private static String strip(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(s, e).replace('\u2019', '\'');
    }

    private static String[] words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}
