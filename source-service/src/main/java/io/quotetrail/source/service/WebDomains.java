package io.quotetrail.source.service;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads web domains out of URLs and bare host names. */
public final class WebDomains {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern HOST = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$");

    private WebDomains() {
    }

    /**
     * The registrable form of the host in a URL or host name ("https://www.Example.com/world/x"
     * → "example.com"): lower-case, punycode, without scheme, credentials, port, path and a
     * leading "www.". Empty when the text is no URL or host name.
     */
    public static Optional<String> domainOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        s = SCHEME.matcher(s).replaceFirst("");
        if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int pathStart = indexOfAny(s, "/?#");
        if (pathStart >= 0) {
            s = s.substring(0, pathStart);
        }
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        if (s.length() > 253 || !HOST.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The domain and each parent domain with at least two labels, nearest first. */
    public static List<String> withParents(String domain) {
        List<String> candidates = new ArrayList<>();
        String current = domain;
        while (current.indexOf('.') > 0) {
            candidates.add(current);
            current = current.substring(current.indexOf('.') + 1);
        }
        return candidates;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
