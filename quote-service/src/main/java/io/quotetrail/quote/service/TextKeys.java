package io.quotetrail.quote.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Hashes and normalised forms used as lookup keys. */
public final class TextKeys {

    private TextKeys() {
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * The wording of a quotation reduced to lower-case letters and digits separated by single
     * spaces, so that punctuation, curly apostrophes and spacing do not split one quote in two.
     */
    public static String normalizeQuote(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp != '\'' && cp != '\u2019') {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The word a set of content words is indexed by for containment: the longest (by code
     * points; then the first in {@link String#compareTo} order), since long words are the rare
     * ones. If one wording's words hold another's, they hold its anchor.
     */
    public static String anchor(java.util.Collection<String> stems) {
        String anchor = null;
        for (String stem : stems) {
            if (anchor == null) {
                anchor = stem;
                continue;
            }
            int byLength = Integer.compare(stem.codePointCount(0, stem.length()), anchor.codePointCount(0, anchor.length()));
            if (byLength > 0 || byLength == 0 && stem.compareTo(anchor) < 0) {
                anchor = stem;
            }
        }
        return anchor;
    }

    /** A word as used on a day: "2025-01-11:friendship". */
    public static String datedKey(java.time.LocalDate day, String stem) {
        return day + ":" + stem;
    }

    public static String quoteTextKey(String text) {
        return sha256Hex(normalizeQuote(text).getBytes(StandardCharsets.UTF_8));
    }
}
