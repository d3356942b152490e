package io.quotetrail.quote.clustering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Decides which quote a new occurrence belongs to, among candidates the index found. Plain Java:
 * the words are evidence, and so are the speaker, the medium and the date — a speaker's August
 * letter and New Year letter share words and are still two utterances.
 */
public final class QuoteMatcher {

    /**
     * A stored quote as the matcher sees it.
     *
     * @param wording       its canonical wording
     * @param inThisArticle the wording the article being placed gave it, or null when the article holds none of it
     */
    public record Candidate(UUID id, UUID speakerId, Wording wording, boolean fragment, String medium,
                            LocalDate date, UUID partOf, Wording inThisArticle) {

        boolean thisArticle() {
            return inThisArticle != null;
        }

        /** Holds a fragment's words, in its canonical wording or in this article's. */
        boolean holds(Wording fragment) {
            return contains(wording, fragment) || inThisArticle != null && contains(inThisArticle, fragment);
        }

        boolean holdsVerbatim(Wording fragment) {
            return fragment.isInside(wording) || inThisArticle != null && fragment.isInside(inThisArticle);
        }
    }

    /** The occurrence being placed. */
    public record Incoming(UUID speakerId, Wording wording, boolean fragment, String medium, LocalDate date) {
    }

    /**
     * @param joins  the quote the occurrence joins, or null for a new quote
     * @param partOf the fuller quote a fragment comes from, or null
     * @param claims stored fragments without a whole that this full occurrence holds: they become
     *               part of the quote it joins or starts
     */
    public record Decision(UUID joins, UUID partOf, List<UUID> claims) {
    }

    /** Variants of one utterance share at least this much of their content words. */
    static final double SAME_UTTERANCE = 0.4;
    /**
     * After the first days, when translations appear, reports copy a wording already out: a looser
     * likeness is more often the speaker's next remark on the subject than one more variant.
     */
    static final double SAME_UTTERANCE_LATER = 0.5;
    /** A truncation keeps this much of the shorter variant's content words. */
    static final double TRUNCATION = 0.85;
    /** Two wordings of one occasion reported by different speakers must be this close to be one utterance. */
    static final double SAME_DESPITE_CONTEXT = 0.9;
    /** Across a long gap, only the same content words are the same utterance. */
    static final double SAME_WORDS = 1.0;
    static final int TRUNCATION_MIN_WORDS = 5;
    /** Share of the shorter variant's content words that two translations keep. */
    static final double TRANSLATION = 0.5;
    static final int TRANSLATION_MIN_SHARED = 3;
    static final long TRANSLATION_DAYS = 2;
    /** Words credited to another speaker are the same utterance only this close in time (verbatim phrases, long sentences). */
    public static final int OTHER_SPEAKER_DAYS = 2;
    /** Share of the shorter translation's words that the other keeps in the same order. */
    static final double SKELETON = 0.6;
    static final int SKELETON_MIN_WORDS = 8;
    /** Content words from which an identical wording identifies the utterance by itself. */
    static final int LONG_WORDING = 5;
    /** Occurrences further apart than this are different occasions unless worded alike. */
    public static final int SAME_OCCASION_DAYS = 45;
    /** Content words from which a phrase quoted verbatim identifies its utterance across speakers. */
    static final int DISTINCTIVE_PHRASE = 3;
    /** Quotations up to this many words are fragments whatever their kind. */
    public static final int FRAGMENT_WORDS = 6;

    private QuoteMatcher() {
    }

    /** Short words quoted inside a sentence, or in a headline: "heroic", "a cheap deception". */
    public static boolean isFragment(String kind, Wording wording) {
        return wording.wordCount() <= FRAGMENT_WORDS
                || ("FRAGMENT".equals(kind) || "HEADLINE".equals(kind)) && wording.wordCount() < 2 * FRAGMENT_WORDS;
    }

    /**
     * The fragments a new whole quote holds, among stored fragments without a whole: a fragment
     * seen before its full quote is linked when the full quote arrives.
     */
    public static List<Candidate> fragmentsOf(Candidate whole, List<Candidate> fragments) {
        return fragments.stream()
                .filter(f -> f.fragment() && f.partOf() == null && contains(whole.wording(), f.wording())
                        && (sameSpeaker(whole.speakerId(), f.speakerId()) && gapDays(whole.date(), f.date()) <= SAME_OCCASION_DAYS
                        && compatibleMedium(whole.medium(), f.medium())
                        || f.wording().stems().size() >= 2 && f.wording().isInside(whole.wording())
                        && !f.wording().sentence() && gapDays(whole.date(), f.date()) <= 1
                        && (f.thisArticle() || distinctive(f.wording()))))
                .toList();
    }

    public static Decision decide(Incoming incoming, List<Candidate> candidates) {
        if (incoming.fragment()) {
            return placeFragment(incoming, candidates);
        }
        UUID joins = placeFull(incoming, candidates);
        // A fragment seen before its full quote ("heroic" in the lead) is claimed whether this
        // occurrence starts the quote or joins one already stored.
        Candidate whole = new Candidate(joins, incoming.speakerId(), incoming.wording(), false, incoming.medium(),
                incoming.date(), null, incoming.wording());
        List<UUID> claims = fragmentsOf(whole, candidates).stream().map(Candidate::id).toList();
        return new Decision(joins, null, claims);
    }

    /**
     * The fullest variant of a quote is its canonical wording: a whole occurrence that holds the
     * canonical wording's words and more replaces it; another translation of the same length does not.
     */
    public static boolean replacesCanonical(Incoming incoming, Wording canonical) {
        return !incoming.fragment() && incoming.wording().wordCount() > canonical.wordCount()
                && canonical.containment(incoming.wording()) >= TRUNCATION;
    }

    private static UUID placeFull(Incoming incoming, List<Candidate> candidates) {
        Candidate best = null;
        double bestScore = 0;
        for (Candidate c : candidates) {
            if (c.fragment()) {
                continue;
            }
            if (!sameSpeaker(incoming.speakerId(), c.speakerId()) && !sameLongWording(incoming, c)) {
                continue;
            }
            boolean sameDays = gapDays(incoming.date(), c.date()) <= TRANSLATION_DAYS;
            if (!sameDays && incoming.wording().namesDiffer(c.wording())) {
                continue; // the same words about another subject: "Kestra's ultimatum" / "Meroval's ultimatum"
            }
            double jaccard = incoming.wording().jaccard(c.wording());
            double containment = incoming.wording().containment(c.wording());
            boolean truncation = containment >= TRUNCATION
                    && (Math.min(incoming.wording().stems().size(), c.wording().stems().size()) >= TRUNCATION_MIN_WORDS
                    || wholeSentenceOf(incoming.wording(), c.wording()));
            boolean occasion = sameOccasion(incoming, c);
            // Months apart, or in two different documents, only the very same words are the same utterance:
            // a speaker repeating a line on a new occasion is saying it again.
            double needed = occasion ? (sameDays ? SAME_UTTERANCE : SAME_UTTERANCE_LATER)
                    : compatibleMedium(incoming.medium(), c.medium()) ? SAME_WORDS : Double.MAX_VALUE;
            // Two translations of one sentence, reported within days by the same speaker, keep its key words
            // even when every verb differs ("will not go unanswered" / "will not remain without an answer").
            int shared = incoming.wording().sharedStems(c.wording());
            boolean translation = occasion && sameDays && (containment >= TRANSLATION && shared >= TRANSLATION_MIN_SHARED
                    || sameSkeleton(incoming.wording(), c.wording(), shared));
            // ties between candidates a long occurrence holds alike go to the one closest to it in words
            double score = Math.max(jaccard, Math.max(truncation ? containment * 0.9 : 0, translation ? containment * 0.6 : 0))
                    + jaccard * 0.01;
            if ((jaccard >= needed || (truncation || translation) && occasion) && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? null : best.id();
    }

    private static Decision placeFragment(Incoming incoming, List<Candidate> candidates) {
        Candidate sameFragment = null;
        Candidate whole = null;
        long wholeGap = Long.MAX_VALUE;
        double wholeScore = 0;
        for (Candidate c : candidates) {
            boolean verbatimSameDay = incoming.wording().stems().size() >= 2 && c.holdsVerbatim(incoming.wording())
                    && gapDays(incoming.date(), c.date()) <= 1;
            boolean longer = c.wording().wordCount() >= 2 * incoming.wording().wordCount();
            if (c.fragment() && longer && verbatimSameDay && sameSpeaker(incoming.speakerId(), c.speakerId())) {
                // "a cheap deception" inside "a cheap deception aimed at hiding…": the longer one is the whole
                if (whole == null || wholeGap > 0) {
                    whole = c;
                    wholeGap = 0;
                    wholeScore = 1;
                }
                continue;
            }
            if (!c.fragment() && !sameSpeaker(incoming.speakerId(), c.speakerId()) && verbatimSameDay
                    && !incoming.wording().sentence() && (c.thisArticle() || distinctive(incoming.wording()))) {
                // words found verbatim in a full quote of the same day come from it, whoever the article credits:
                // in one article (an agency credited with its official's words), or words too many to recur by
                // chance elsewhere; "a serious mistake" in two speakers' mouths the same day is two remarks
                if (whole == null) {
                    whole = c;
                    wholeGap = gapDays(incoming.date(), c.date());
                    wholeScore = 1;
                }
                continue;
            }
            if (c.fragment() && !sameSpeaker(incoming.speakerId(), c.speakerId())) {
                // two articles may credit one phrase differently ("Volodin" / "a Russian delegation") when they
                // report the same days
                if (sameFragment == null && incoming.wording().stems().size() >= 2 && sameOccasion(incoming, c)
                        && gapDays(incoming.date(), c.date()) <= OTHER_SPEAKER_DAYS
                        && incoming.wording().normalized().equals(c.wording().normalized())) {
                    sameFragment = c;
                }
                continue;
            }
            if (!sameSpeaker(incoming.speakerId(), c.speakerId())) {
                continue;
            }
            if (c.fragment()) {
                if (sameFragment == null && sameOccasion(incoming, c)
                        && (incoming.wording().normalized().equals(c.wording().normalized())
                        || incoming.wording().jaccard(c.wording()) >= 0.8)) {
                    sameFragment = c;
                }
                continue;
            }
            if (!c.holds(incoming.wording()) || !compatibleMedium(incoming.medium(), c.medium())) {
                continue;
            }
            long gap = gapDays(incoming.date(), c.date());
            double score = c.holdsVerbatim(incoming.wording()) ? 1 : incoming.wording().containment(c.wording());
            if (gap < wholeGap || gap == wholeGap && score > wholeScore) {
                whole = c;
                wholeGap = gap;
                wholeScore = score;
            }
        }
        if (whole != null && wholeGap > SAME_OCCASION_DAYS) {
            whole = null; // a fragment months away from the only whole quote that holds its words is its own
        }
        UUID partOf = whole != null ? whole.id() : sameFragment != null ? sameFragment.partOf() : null;
        return new Decision(sameFragment == null ? null : sameFragment.id(), partOf, List.of());
    }

    /**
     * "We will not sign a deal that makes the Mediterranean a cemetery" / "… an agreement that turns
     * the Mediterranean into a graveyard": one sentence translated twice keeps its order of words
     * even where the nouns and verbs differ.
     */
    private static boolean sameSkeleton(Wording a, Wording b, int sharedStems) {
        return Math.min(a.wordCount(), b.wordCount()) >= SKELETON_MIN_WORDS && sharedStems >= 2
                && a.skeleton(b) >= SKELETON;
    }

    /**
     * A long sentence found word for word in two articles is one utterance even when they credit
     * it to different speakers: such sentences do not recur by chance.
     */
    private static boolean sameLongWording(Incoming incoming, Candidate c) {
        Wording a = incoming.wording();
        Wording b = c.wording();
        return Math.min(a.stems().size(), b.stems().size()) >= LONG_WORDING && sameOccasion(incoming, c)
                && gapDays(incoming.date(), c.date()) <= OTHER_SPEAKER_DAYS
                && (a.jaccard(b) >= SAME_DESPITE_CONTEXT || a.isInside(b) || b.isInside(a));
    }

    /**
     * One whole sentence of a longer quote, word for word ("And this was shown by the figures."):
     * quoted alone, it is a truncation however few its content words.
     */
    private static boolean wholeSentenceOf(Wording sentence, Wording quote) {
        return sentence.sentence() && sentence.stems().size() >= DISTINCTIVE_PHRASE && sentence.isInside(quote)
                && quote.wordCount() > sentence.wordCount();
    }

    /**
     * Two different sentences of one article are two utterances, unless both are truncations of
     * one longer quote, each a different part of it: the article quotes the speech piece by piece.
     */
    public static boolean piecesOfOneQuote(Wording placed, Wording incoming, Wording quote) {
        return placed.containment(quote) >= TRUNCATION && incoming.containment(quote) >= TRUNCATION
                && placed.wordCount() < quote.wordCount() && incoming.wordCount() < quote.wordCount()
                && placed.sharedStems(incoming) * 2 < Math.min(placed.stems().size(), incoming.stems().size());
    }

    /** A phrase of this many content words does not recur in another speaker's mouth by chance. */
    private static boolean distinctive(Wording phrase) {
        return phrase.stems().size() >= DISTINCTIVE_PHRASE;
    }

    /** True when a fuller quote holds a fragment's words: verbatim, or nearly so in another translation. */
    public static boolean contains(Wording whole, Wording fragment) {
        return fragment.isInside(whole)
                || fragment.stems().size() >= 2 && fragment.containment(whole) >= 0.8
                && whole.stems().size() > fragment.stems().size();
    }

    private static boolean sameSpeaker(UUID a, UUID b) {
        return a == null || b == null || a.equals(b);
    }

    private static boolean sameOccasion(Incoming incoming, Candidate c) {
        return gapDays(incoming.date(), c.date()) <= SAME_OCCASION_DAYS && compatibleMedium(incoming.medium(), c.medium());
    }

    private static long gapDays(LocalDate a, LocalDate b) {
        return a == null || b == null ? 0 : Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    /**
     * Two different documents ("a statement", "a letter") are two utterances; how a reporter saw
     * the words arrive (a press conference, an interview, a meeting) is too loosely told to part
     * them, and "letter" and "New Year letter" may be one document.
     */
    static boolean compatibleMedium(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        return !(isDocument(x) && isDocument(y));
    }

    private static boolean isDocument(String medium) {
        return medium.endsWith("letter") || medium.equals("statement") || medium.equals("message");
    }
}
