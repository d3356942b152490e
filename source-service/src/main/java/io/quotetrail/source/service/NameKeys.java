package io.quotetrail.source.service;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns names as written into the keys they are matched on, and strips generic descriptors
 * ("state news agency XYZ" → "xyz").
 *
 * <p>A key is insensitive to case, to a leading article ("the", "a", "an"), to punctuation
 * (hyphens and spaces are the same; apostrophes and dots vanish, so "A.P." is "ap"), to the
 * apostrophe's shape, to possessive "'s" and to runs of whitespace. Letters of any script and their
 * combining marks are kept (NFKC folds compatibility forms such as full-width letters).
 */
public final class NameKeys {

    private static final int MAX_VARIANTS = 32;
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u02BB\u02BC\u0060\u00B4\u2032\uFF07]");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\p{N}])'s(?![\\p{L}\\p{N}])");
    private static final Pattern SILENT = Pattern.compile("['.\u00B7\u2027]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an) (?=\\S)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String DOUBLE_QUOTES = "\"“”«»„‹›";
    private static final String SINGLE_QUOTES = "'‘’‚`";
    /** "Acme's", "Acmes'" and "Acme’s" end in a possessive, not part of the name. */
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");

    /** Starts every {@link #orderFreeKey}; no key of a name as written can start with it. */
    public static final String ORDER_FREE_PREFIX = "~";
    private static final Set<String> LINKING_WORDS = Set.of("of", "the", "for", "and", "on", "in");

    private final MentionVocabulary vocabulary;
    private final List<String> prefixes;
    /** Single words that make a name an institution's ("ministry", "council"). */
    private final Set<String> institutionWords;

    public NameKeys(MentionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Set<String> institutions = new java.util.HashSet<>();
        for (String word : vocabulary.governmentWords()) {
            if (!word.contains(" ")) {
                institutions.add(word);
            }
        }
        for (String word : vocabulary.organizationWords()) {
            if (!word.contains(" ")) {
                institutions.add(word);
            }
        }
        this.institutionWords = Set.copyOf(institutions);
        Set<String> prefixSet = new LinkedHashSet<>(vocabulary.descriptors());
        prefixSet.addAll(vocabulary.qualifiers());
        this.prefixes = prefixSet.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }

    /** The matching key of a name; empty when the name holds no letter or digit. */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = s.toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = SILENT.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").trim();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    /**
     * The name to show for a source first seen as this mention: whitespace collapsed, surrounding
     * quotes and a trailing possessive dropped, and a lower-case leading "the" (which is not part of
     * the name, as in "the ministry") removed.
     */
    public static String displayName(String text) {
        String s = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").trim();
        s = stripSurrounding(s, DOUBLE_QUOTES);
        if (s.length() > 1 && SINGLE_QUOTES.indexOf(s.charAt(0)) >= 0
                && SINGLE_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).trim();
        }
        s = TRAILING_POSSESSIVE.matcher(s).replaceFirst("");
        if (s.startsWith("the ") && s.length() > 4) {
            s = s.substring(4);
        }
        return s.trim();
    }

    private static String stripSurrounding(String s, String quotes) {
        int start = 0;
        int end = s.length();
        while (start < end && quotes.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && quotes.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end).trim();
    }

    /**
     * One key for the ways an institution's name is turned around: "Culture Ministry of Haldoria",
     * "Haldoria's culture ministry" and "Haldorian Culture Ministry" all give "~cultur haldor ministry"
     * (linking words dropped, a country and its adjective cut to one root, words sorted).
     *
     * @return the key, or null when the name is not an institution's or has fewer than two words
     */
    public String orderFreeKey(String key) {
        List<String> words = new ArrayList<>();
        boolean institution = false;
        for (String word : key.split(" ")) {
            if (word.isEmpty() || LINKING_WORDS.contains(word)) {
                continue;
            }
            institution |= institutionWords.contains(word);
            words.add(root(word));
        }
        if (!institution || words.size() < 2) {
            return null;
        }
        words.sort(null);
        return ORDER_FREE_PREFIX + String.join(" ", words);
    }

    /** "haldoria" and "haldorian", "korea" and "koreans" meet; other words lose an ending the same way in every form. */
    private static String root(String word) {
        String w = word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        for (String ending : new String[] {"ian", "ia", "an", "a", "e"}) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /**
     * The keys left after taking generic descriptors and qualifiers off the front and descriptors off
     * the back of the key, fewest removals first; the key itself is not included.
     */
    public List<String> withoutDescriptors(String key) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(key);
        while (!pending.isEmpty() && found.size() < MAX_VARIANTS) {
            String current = pending.poll();
            for (String prefix : prefixes) {
                if (current.startsWith(prefix + " ")) {
                    addVariant(LEADING_ARTICLE.matcher(current.substring(prefix.length() + 1)).replaceFirst(""),
                            key, found, pending);
                }
            }
            for (String descriptor : vocabulary.descriptors()) {
                if (current.endsWith(" " + descriptor)) {
                    addVariant(current.substring(0, current.length() - descriptor.length() - 1), key, found, pending);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * True when the key is made only of generic descriptors and qualifiers ("state media",
     * "the Russian news agency"): such a mention names no particular source without its context.
     */
    public boolean isGeneric(String key) {
        if (vocabulary.descriptors().contains(key)) {
            return true;
        }
        for (String variant : withoutDescriptors(key)) {
            if (vocabulary.descriptors().contains(variant)) {
                return true;
            }
        }
        return false;
    }

    private static void addVariant(String variant, String key, Set<String> found, Deque<String> pending) {
        String trimmed = variant.trim();
        if (!trimmed.isEmpty() && !trimmed.equals(key) && found.add(trimmed)) {
            pending.add(trimmed);
        }
    }
}
