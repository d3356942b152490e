package io.quotetrail.quote.engine;

import java.util.Map;

/** HTML character references that news pages use in prose. */
final class Entities {

    private static final Map<String, Character> NAMED = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("ldquo", '\u201C'),
            Map.entry("rdquo", '\u201D'), Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'),
            Map.entry("sbquo", '\u201A'), Map.entry("bdquo", '\u201E'), Map.entry("laquo", '\u00AB'),
            Map.entry("raquo", '\u00BB'), Map.entry("ndash", '\u2013'), Map.entry("mdash", '\u2014'),
            Map.entry("hellip", '\u2026'), Map.entry("middot", '\u00B7'), Map.entry("bull", '\u2022'),
            Map.entry("eacute", '\u00E9'), Map.entry("egrave", '\u00E8'), Map.entry("aacute", '\u00E1'),
            Map.entry("agrave", '\u00E0'), Map.entry("ouml", '\u00F6'), Map.entry("uuml", '\u00FC'),
            Map.entry("auml", '\u00E4'), Map.entry("oacute", '\u00F3'), Map.entry("iacute", '\u00ED'),
            Map.entry("uacute", '\u00FA'), Map.entry("ccedil", '\u00E7'), Map.entry("ntilde", '\u00F1'),
            Map.entry("aring", '\u00E5'), Map.entry("oslash", '\u00F8'), Map.entry("szlig", '\u00DF'),
            Map.entry("pound", '\u00A3'), Map.entry("euro", '\u20AC'), Map.entry("copy", '\u00A9'),
            Map.entry("shy", '\u00AD'), Map.entry("thinsp", ' '), Map.entry("ensp", ' '), Map.entry("emsp", ' '));

    private Entities() {
    }

    /** The character a reference such as "rdquo" or "#8221" stands for, or 0 when unknown. */
    static char decode(String reference) {
        if (reference.isEmpty()) {
            return 0;
        }
        if (reference.charAt(0) == '#') {
            try {
                int code = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X')
                        ? Integer.parseInt(reference.substring(2), 16)
                        : Integer.parseInt(reference.substring(1));
                return code > 0 && code < 0xD800 || code >= 0xE000 && code < 0x10000 ? (char) code : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        Character named = NAMED.get(reference);
        return named == null ? 0 : named;
    }
}
