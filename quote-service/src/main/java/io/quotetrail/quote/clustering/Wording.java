package io.quotetrail.quote.clustering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A quotation's wording as the matcher compares it: lower-case words without punctuation, and
 * the content words among them reduced to a crude stem, so that "the DPRK soldiers" and "DPRK
 * soldier" or "proved"/"proves" meet while translations that share their substance stay close.
 */
public final class Wording {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with",
            "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
            "those", "which", "who", "whom", "what", "we", "our", "us", "i", "my", "me", "you", "your", "he",
            "his", "him", "she", "her", "they", "their", "them", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "do", "does", "did", "has", "have", "had", "not", "no", "so",
            "than", "then", "there", "here", "into", "onto", "over", "also", "even", "very", "just", "s",
            // prepositions and quantifiers translators swap freely ("among all" / "between all")
            "among", "between", "about", "after", "before", "through", "during", "without", "within", "under",
            "upon", "against", "across", "all", "any", "some", "each", "every", "both");

    private final String normalized;
    private final List<String> words;
    private final Set<String> stems;
    private final boolean sentence;
    /** Proper names, lower-cased as in {@link #words}: see {@link #namesDiffer}. */
    private final Set<String> names;
    /** The names written in capitals ("DPRK"), which the other wording may spell out. */
    private final Set<String> acronyms;
    /** First letters of the capitalised words, in order, lower-cased: where an acronym is spelt out. */
    private final String capitalInitials;
    /** The words without a possessive "'s": what names are looked for in. */
    private final Set<String> bareWords;

    private Wording(String normalized, List<String> words, Set<String> stems, boolean sentence, Set<String> names,
                    Set<String> acronyms, String capitalInitials, Set<String> bareWords) {
        this.normalized = normalized;
        this.words = words;
        this.stems = stems;
        this.sentence = sentence;
        this.names = names;
        this.acronyms = acronyms;
        this.capitalInitials = capitalInitials;
        this.bareWords = bareWords;
    }

    public static Wording of(String text) {
        List<String> words = new ArrayList<>();
        // the words without a possessive "'s", which content words and names leave out ("Uldenfoods's" is "uldenfoods")
        List<String> bare = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> acronyms = new LinkedHashSet<>();
        StringBuilder initials = new StringBuilder();
        StringBuilder word = new StringBuilder();
        String original = text == null ? "" : text;
        boolean sentenceStart = true;
        boolean capitalised = false;
        boolean allCaps = true;
        int apostrophe = -1;
        for (int i = 0; i <= original.length(); ) {
            int cp = i < original.length() ? original.codePointAt(i) : ' ';
            i += i < original.length() ? Character.charCount(cp) : 1;
            if (Character.isLetterOrDigit(cp)) {
                if (word.isEmpty()) {
                    capitalised = Character.isUpperCase(cp);
                    allCaps = true;
                    apostrophe = -1;
                }
                allCaps &= !Character.isLowerCase(cp);
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if ((cp == '\'' || cp == '\u2019') && !word.isEmpty()) {
                apostrophe = word.length(); // "won't", "Korea’s": one word
            } else {
                if (!word.isEmpty()) {
                    String w = word.toString();
                    boolean possessive = apostrophe > 0 && w.length() == apostrophe + 1 && w.endsWith("s");
                    String withoutPossessive = possessive ? w.substring(0, apostrophe) : w;
                    words.add(w);
                    bare.add(withoutPossessive);
                    if (capitalised) {
                        initials.append(w.charAt(0));
                        // A capital opening a sentence proves nothing, unless the word is an acronym or a
                        // possessive ("Kestra's"; not "It's" or "Let's").
                        boolean acronym = allCaps && w.length() >= 2 && w.chars().allMatch(Character::isLetter);
                        boolean owner = possessive && !FUNCTION_WORDS.contains(withoutPossessive)
                                && !withoutPossessive.equals("let");
                        if ((!sentenceStart || acronym || owner) && !w.equals("i")) {
                            names.add(withoutPossessive);
                        }
                        if (acronym) {
                            acronyms.add(w);
                        }
                    }
                    sentenceStart = false;
                    word.setLength(0);
                }
                if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == '"' || cp == '“') {
                    sentenceStart = true;
                }
            }
        }
        Set<String> stems = new LinkedHashSet<>();
        for (String w : bare) {
            if (!FUNCTION_WORDS.contains(w)) {
                stems.add(stem(w));
            }
        }
        String trimmed = text == null ? "" : text.strip();
        boolean sentence = !trimmed.isEmpty() && Character.isUpperCase(trimmed.codePointAt(0))
                && ".!?,".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
        return new Wording(String.join(" ", words), List.copyOf(words), Set.copyOf(stems), sentence, Set.copyOf(names),
                Set.copyOf(acronyms), initials.toString(), Set.copyOf(bare));
    }

    /**
     * Each wording names someone or something the other never mentions ("Kestra’s ultimatum is
     * courageous" / "Meroval’s ultimatum is courageous"): alike words about two different subjects.
     * An acronym spelt out in the other ("DPRK" / "Democratic People’s Republic of Korea") is the same name.
     */
    public boolean namesDiffer(Wording other) {
        return hasNameMissingFrom(other) && other.hasNameMissingFrom(this);
    }

    private boolean hasNameMissingFrom(Wording other) {
        for (String name : names) {
            if (!other.bareWords.contains(name) && !(acronyms.contains(name) && other.capitalInitials.contains(name))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence of its own ("Don’t put anything in writing. Ever,"), not words lifted from one. */
    public boolean sentence() {
        return sentence;
    }

    /** Strips the commonest English endings; enough to meet "soldiers"/"soldier", "proved"/"prove". */
    static String stem(String w) {
        if (w.length() <= 4) {
            return w;
        }
        for (String ending : new String[] {"ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly"}) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /** Lower-case words separated by single spaces: what the database indexes. */
    public String normalized() {
        return normalized;
    }

    public int wordCount() {
        return words.size();
    }

    public Set<String> stems() {
        return stems;
    }

    /** Shared content words over all content words of both. */
    public double jaccard(Wording other) {
        if (stems.isEmpty() && other.stems.isEmpty()) {
            return normalized.equals(other.normalized) ? 1 : 0;
        }
        int shared = shared(other);
        return (double) shared / (stems.size() + other.stems.size() - shared);
    }

    /** Shared content words over the content words of the shorter one. */
    public double containment(Wording other) {
        int smaller = Math.min(stems.size(), other.stems.size());
        return smaller == 0 ? 0 : (double) shared(other) / smaller;
    }

    /** True when this wording appears word for word inside {@code other}. */
    public boolean isInside(Wording other) {
        return !normalized.isEmpty() && (" " + other.normalized + " ").contains(" " + normalized + " ");
    }

    /**
     * The longest run of words, function words included, that both wordings hold in the same
     * order, over the shorter one's length: two translations of one sentence keep its skeleton
     * ("we will not sign … that … the mediterranean") when every noun differs. Long wordings are
     * compared on their first {@value #SKELETON_WORDS} words, which keeps the cost bounded.
     */
    public double skeleton(Wording other) {
        int n = Math.min(words.size(), SKELETON_WORDS);
        int m = Math.min(other.words.size(), SKELETON_WORDS);
        if (n == 0 || m == 0) {
            return 0;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                current[j] = words.get(i - 1).equals(other.words.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[m] / Math.min(n, m);
    }

    static final int SKELETON_WORDS = 120;

    /**
     * A MinHash signature of the content words, cut into {@value #BANDS} bands of {@value #ROWS}
     * (locality-sensitive hashing): two wordings share at least one band with a probability that
     * rises steeply with their Jaccard similarity (about 0.78 at 0.3, 0.99 at 0.5), so an index
     * on the bands finds the similar quotes among millions by equality look-ups alone.
     */
    public long[] bands() {
        if (stems.isEmpty()) {
            return new long[0];
        }
        long[] minima = new long[BANDS * ROWS];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (String stem : stems) {
            long hash = fnv1a(stem);
            for (int i = 0; i < minima.length; i++) {
                minima[i] = Math.min(minima[i], mix(hash + GOLDEN * (i + 1)));
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long band = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                band = mix(band ^ minima[b * ROWS + r]);
            }
            bands[b] = band;
        }
        return bands;
    }

    static final int BANDS = 16;
    static final int ROWS = 2;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** SplitMix64's finaliser: a fixed, well-spread 64-bit mix (the bands are stored, so it must never change). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a(String word) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * 0x100000001B3L;
        }
        return hash;
    }

    /** How many content words the two share. */
    public int sharedStems(Wording other) {
        return shared(other);
    }

    private int shared(Wording other) {
        int shared = 0;
        for (String s : stems) {
            if (other.stems.contains(s)) {
                shared++;
            }
        }
        return shared;
    }
}
