package io.quotetrail.quote.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which quote a new occurrence joins: words, speaker, medium and date are all evidence. */
class QuoteMatcherTest {

    private static final UUID MAYOR = UUID.randomUUID();
    private static final UUID MINISTER = UUID.randomUUID();
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);

    /** A quote another article stored. */
    private static QuoteMatcher.Candidate stored(UUID speaker, String text, String medium, LocalDate date) {
        Wording wording = Wording.of(text);
        return new QuoteMatcher.Candidate(UUID.randomUUID(), speaker, wording,
                QuoteMatcher.isFragment("FULL", wording), medium, date, null, null);
    }

    /** A quote the article being placed already holds. */
    private static QuoteMatcher.Candidate inThisArticle(UUID speaker, String text, LocalDate date) {
        QuoteMatcher.Candidate stored = stored(speaker, text, null, date);
        return new QuoteMatcher.Candidate(stored.id(), speaker, stored.wording(), stored.fragment(), null, date, null,
                stored.wording());
    }

    private static QuoteMatcher.Decision place(UUID speaker, String text, String kind, String medium, LocalDate date,
                                               QuoteMatcher.Candidate... candidates) {
        Wording wording = Wording.of(text);
        return QuoteMatcher.decide(new QuoteMatcher.Incoming(speaker, wording, QuoteMatcher.isFragment(kind, wording),
                medium, date), List.of(candidates));
    }

    @Test
    void translationVariantJoinsTheQuote() {
        QuoteMatcher.Candidate bonds = stored(MAYOR, "The bonds of militant friendship and mutual aid forged in the flood"
                + " remain solid and reliable even today", "letter", MARCH);

        QuoteMatcher.Decision decision = place(MAYOR, "The bonds of military friendship, and mutual aid, forged in the"
                + " flood remain solid and reliable even today.", "FULL", "letter", MARCH.plusDays(1), bonds);

        assertThat(decision.joins()).isEqualTo(bonds.id());
    }

    @Test
    void truncatedVariantJoinsTheQuote() {
        QuoteMatcher.Candidate whole = stored(MAYOR, "We will rebuild the bridge before winter and no family will be"
                + " left without a road to the valley", null, MARCH);

        QuoteMatcher.Decision decision = place(MAYOR, "We will rebuild the bridge before winter and no family will be"
                + " left", "FULL", null, MARCH, whole);

        assertThat(decision.joins()).isEqualTo(whole.id());
    }

    @Test
    void similarWordsFromAnotherSpeakerStayApart() {
        QuoteMatcher.Candidate mayors = stored(MAYOR, "We will rebuild the bridge before winter and reopen the road",
                null, MARCH);

        assertThat(place(MINISTER, "We will rebuild the school before spring and reopen the road", "FULL", null, MARCH,
                mayors).joins()).isNull();
    }

    @Test
    void identicalLongSentenceCreditedToAnotherSpeakerIsOneUtterance() {
        QuoteMatcher.Candidate mayors = stored(MAYOR, "We will rebuild the bridge before winter and reopen the road",
                null, MARCH);

        assertThat(place(MINISTER, "We will rebuild the bridge before winter and reopen the road.", "FULL", null,
                MARCH.plusDays(1), mayors).joins()).isEqualTo(mayors.id());
    }

    @Test
    void lookAlikeUtteranceMonthsLaterStaysApart() {
        QuoteMatcher.Candidate august = stored(MAYOR, "The heroic work of the volunteers in rebuilding the bridge"
                + " proved our friendship with the valley", "letter", LocalDate.of(2025, 8, 15));

        QuoteMatcher.Decision newYear = place(MAYOR, "The heroic work of the engineers in rebuilding the valley"
                + " clearly proved our friendship", "FULL", "New Year letter", LocalDate.of(2026, 1, 1), august);

        assertThat(newYear.joins()).isNull();
    }

    @Test
    void aStatementAndALetterWithSharedWordsStayApart() {
        QuoteMatcher.Candidate statement = stored(MAYOR, "The council will not sign the plan in its current form"
                + " and asks for a new vote", "statement", MARCH);

        assertThat(place(MAYOR, "The council will not sign a plan that leaves families without a new vote", "FULL",
                "letter", MARCH, statement).joins()).isNull();
    }

    @Test
    void fragmentIsPartOfTheFullQuoteHoldingItsWords() {
        QuoteMatcher.Candidate whole = stored(MAYOR, "This was proved by the heroic work of the volunteers on the"
                + " bridge", "letter", MARCH);

        QuoteMatcher.Decision heroic = place(MAYOR, "heroic", "FRAGMENT", null, MARCH, whole);

        assertThat(heroic.joins()).isNull();
        assertThat(heroic.partOf()).isEqualTo(whole.id());
    }

    @Test
    void fragmentPrefersTheFullQuoteOfItsOwnOccasion() {
        QuoteMatcher.Candidate august = stored(MAYOR, "This was proved by the heroic work of the volunteers on the"
                + " bridge", "letter", LocalDate.of(2025, 8, 15));
        QuoteMatcher.Candidate newYear = stored(MAYOR, "The heroic entry of the engineers into the valley proved"
                + " our friendship", "New Year letter", LocalDate.of(2026, 1, 1));

        QuoteMatcher.Decision heroic = place(MAYOR, "heroic", "FRAGMENT", null, LocalDate.of(2025, 8, 16), august, newYear);

        assertThat(heroic.partOf()).isEqualTo(august.id());
    }

    @Test
    void sameFragmentInAnotherArticleJoinsTheFragmentQuote() {
        QuoteMatcher.Candidate first = stored(MAYOR, "excellent volunteers", null, MARCH);

        QuoteMatcher.Decision again = place(MINISTER, "excellent volunteers", "FRAGMENT", null, MARCH, first);

        assertThat(again.joins()).as("one phrase credited differently by two articles").isEqualTo(first.id());
    }

    @Test
    void fullQuoteArrivingLaterClaimsTheFragmentsItHolds() {
        Wording heroicWords = Wording.of("heroic");
        QuoteMatcher.Candidate heroic = new QuoteMatcher.Candidate(UUID.randomUUID(), MAYOR, heroicWords, true,
                null, MARCH, null, null);
        QuoteMatcher.Candidate unrelated = new QuoteMatcher.Candidate(UUID.randomUUID(), MAYOR, Wording.of("shameful"),
                true, null, MARCH, null, null);
        QuoteMatcher.Candidate whole = stored(MAYOR, "This was proved by the heroic work of the volunteers on the"
                + " bridge", "letter", MARCH);

        assertThat(QuoteMatcher.fragmentsOf(whole, List.of(heroic, unrelated))).containsExactly(heroic);
    }

    @Test
    void translationWithOtherVerbsButTheSameKeyWordsJoinsWithinDays() {
        QuoteMatcher.Candidate first = stored(MINISTER, "The decision of the council is a provocation which will not"
                + " remain without an answer", null, MARCH);

        QuoteMatcher.Decision decision = place(MINISTER, "The council's decision is a provocation that will not go"
                + " unanswered", "FULL", null, MARCH.plusDays(1), first);

        assertThat(decision.joins()).isEqualTo(first.id());
    }

    @Test
    void phraseFoundVerbatimInAFullQuoteOfTheSameArticleComesFromItWhoeverIsCredited() {
        QuoteMatcher.Candidate whole = inThisArticle(MAYOR, "The spacecraft is alive and talking to us and that is what"
                + " matters tonight", MARCH);

        assertThat(place(MINISTER, "alive and talking to us", "FRAGMENT", null, MARCH, whole).partOf())
                .isEqualTo(whole.id());
        assertThat(place(MINISTER, "Alive and talking to us.", "FULL", null, MARCH, whole).partOf())
                .as("a sentence of its own, quoted inside another, is somebody else's utterance").isNull();
    }

    @Test
    void fragmentPlacedAfterTheArticlesFullQuoteIsFoundInTheArticlesWording() {
        QuoteMatcher.Candidate canonical = stored(MAYOR, "You treated the savings of pensioners as your personal casino",
                "hearing", MARCH);
        QuoteMatcher.Candidate asThisArticleHasIt = new QuoteMatcher.Candidate(canonical.id(), MAYOR, canonical.wording(),
                false, "hearing", MARCH, null, Wording.of("You treated the savings of pensioners as your own personal casino"));

        assertThat(place(MAYOR, "own personal casino", "FRAGMENT", "hearing", MARCH, canonical).partOf())
                .as("not in the canonical wording").isNull();
        assertThat(place(MAYOR, "own personal casino", "FRAGMENT", "hearing", MARCH, asThisArticleHasIt).partOf())
                .isEqualTo(canonical.id());
    }

    @Test
    void sameWordsAboutAnotherSubjectWeeksLaterAreAnotherRemark() {
        QuoteMatcher.Candidate january = stored(MAYOR, "Kestra’s ultimatum is courageous. If prices keep rising, the"
                + " whole region will pay the price", "interview", MARCH);

        assertThat(place(MAYOR, "Meroval's ultimatum is courageous. If prices keep rising, the whole region will pay"
                + " the price", "FULL", "press conference", MARCH.plusDays(40), january).joins()).isNull();
        assertThat(place(MAYOR, "Kestra's ultimatum is courageous; if prices keep rising, the whole region will pay"
                + " the price", "FULL", "press conference", MARCH.plusDays(40), january).joins())
                .as("the same subject").isEqualTo(january.id());
    }

    @Test
    void anAcronymAndItsSpelledOutNameAreOneName() {
        assertThat(Wording.of("We honour the DPRK soldiers").namesDiffer(
                Wording.of("We honour the Democratic People’s Republic of Korea’s soldiers"))).isFalse();
        assertThat(Wording.of("We honour the DPRK soldiers").namesDiffer(Wording.of("We honour the Lunesian soldiers")))
                .isTrue();
    }

    @Test
    void aPossessiveIsTheSameContentWordAsTheName() {
        assertThat(Wording.of("Uldenfoods's move to scrap the pension scheme").stems())
                .containsAll(Wording.of("the decision of Uldenfoods to scrap the pension scheme").stems().stream()
                        .filter(stem -> !stem.startsWith("decis")).toList());
        assertThat(Wording.of("It’s a plan").stems()).doesNotContain("its", "it");
    }

    @Test
    void eachPieceOfALongQuoteQuotedApartInOneArticleJoinsIt() {
        Wording quote = Wording.of("The council’s decision to build a nuclear plant is a gift to the speculators. The"
                + " banks bear full responsibility for what happens next");
        assertThat(QuoteMatcher.piecesOfOneQuote(Wording.of("The council’s decision to build a nuclear plant is a gift"
                + " to the speculators,"), Wording.of("The banks bear full responsibility for whatever happens next."),
                quote)).isTrue();
        assertThat(QuoteMatcher.piecesOfOneQuote(quote, Wording.of("The banks bear full responsibility for whatever"
                + " happens next."), quote)).as("the whole quote is not a piece of itself").isFalse();
    }

    @Test
    void aWholeSentenceOfALongerQuoteIsATruncationHoweverShort() {
        QuoteMatcher.Candidate letter = stored(MAYOR, "The decision to move the headquarters abroad is a turning point."
                + " And this was shown by the figures published this week.", "letter", MARCH);

        assertThat(place(MAYOR, "And this was shown by the figures published this week.", "FULL", "letter",
                MARCH.plusDays(1), letter).joins()).isEqualTo(letter.id());
    }

    @Test
    void commonPhraseOfAnotherSpeakerInAnotherArticleIsTheirOwnRemark() {
        QuoteMatcher.Candidate mayors = stored(MAYOR, "The decision to close the hospitals is a serious mistake that"
                + " helps nobody", null, MARCH);
        QuoteMatcher.Candidate mayorsOwnPhrase = stored(MAYOR, "a serious mistake", null, MARCH);

        assertThat(place(MINISTER, "a serious mistake", "FRAGMENT", null, MARCH, mayors).partOf())
                .as("two common words in two mouths the same day").isNull();
        assertThat(place(MINISTER, "a serious mistake", "FRAGMENT", null, MARCH.plusDays(20), mayorsOwnPhrase).joins())
                .as("nor one phrase credited two ways, weeks apart").isNull();
        assertThat(place(MINISTER, "hides behind a smokescreen of closures", "FRAGMENT", null, MARCH,
                stored(MAYOR, "The council hides behind a smokescreen of closures and calls it reform", null, MARCH))
                .partOf()).as("a phrase of three content words, verbatim the same day, is the same remark").isNotNull();
        assertThat(QuoteMatcher.fragmentsOf(mayors, List.of(stored(MINISTER, "a serious mistake", null, MARCH))))
                .as("nor does the full quote claim it").isEmpty();
    }

    @Test
    void nearlyIdenticalSentencesOfTwoSpeakersStayApart() {
        QuoteMatcher.Candidate mayors = stored(MAYOR, "This merger plan is courageous, and it will save 4,000 jobs",
                null, MARCH);

        assertThat(place(MINISTER, "This plan is courageous, and it will save 4,000 jobs", "FULL", null, MARCH,
                mayors).joins()).as("not the very same words: each speaker's own line").isNull();
    }

    @Test
    void shortFragmentIsPartOfALongerFragmentHoldingIt() {
        Wording longer = Wording.of("a cheap deception aimed at hiding the hostile policy");
        QuoteMatcher.Candidate deception = new QuoteMatcher.Candidate(UUID.randomUUID(), MINISTER, longer, true, null,
                MARCH, null, null);

        assertThat(place(MINISTER, "a cheap deception", "FRAGMENT", null, MARCH, deception).partOf())
                .isEqualTo(deception.id());
    }

    @Test
    void wordingIgnoresCaseAndPunctuationAndKeepsApostropheWordsWhole() {
        Wording a = Wording.of("We won’t sign — ever!");
        Wording b = Wording.of("we wont sign ever");

        assertThat(a.normalized()).isEqualTo(b.normalized());
        assertThat(Wording.of("sign ever").isInside(a)).isTrue();
    }

    @Test
    void translationWithEveryNounChangedKeepsItsSkeletonAndJoins() {
        QuoteMatcher.Candidate agreement = stored(MAYOR, "We will not sign an agreement that turns the valley into a"
                + " graveyard,", "press conference", MARCH);

        assertThat(place(MAYOR, "We will not sign a deal that makes the valley a cemetery,", "FULL", "press conference",
                MARCH, agreement).joins()).isEqualTo(agreement.id());
        assertThat(place(MAYOR, "We will not sign a deal that makes the valley a cemetery,", "FULL", "press conference",
                MARCH.plusMonths(3), agreement).joins())
                .as("the same skeleton months later is another utterance").isNull();
    }

    @Test
    void prepositionsTranslatorsSwapDoNotPartTwoWordings() {
        QuoteMatcher.Candidate among = stored(MAYOR, "The text is a balanced compromise that finally shares the burden"
                + " among all valley towns,", "statement", MARCH);

        assertThat(place(MINISTER, "The text is a balanced compromise that finally shares the burden between all"
                + " valley towns,", "FULL", null, MARCH, among).joins()).isEqualTo(among.id());
    }

    @Test
    void fullQuoteJoiningAStoredQuoteClaimsAFragmentSeenBeforeIt() {
        QuoteMatcher.Candidate whole = stored(MAYOR, "You treated the savings of pensioners as your personal casino",
                "hearing", MARCH);
        Wording casinoWords = Wording.of("own personal casino");
        QuoteMatcher.Candidate casino = new QuoteMatcher.Candidate(UUID.randomUUID(), MAYOR, casinoWords, true,
                "hearing", MARCH, null, null);

        QuoteMatcher.Decision decision = place(MAYOR, "You treated the savings of pensioners as your own personal"
                + " casino", "FULL", "hearing", MARCH, whole, casino);

        assertThat(decision.joins()).isEqualTo(whole.id());
        assertThat(decision.claims()).containsExactly(casino.id());
    }

    @Test
    void longTurnHoldingTwoQuotesJoinsTheOneClosestInWords() {
        QuoteMatcher.Candidate players = stored(MAYOR, "My players gave everything, but everything was not enough"
                + " tonight,", null, MARCH);
        QuoteMatcher.Candidate choices = stored(MAYOR, "I take responsibility. The choices were mine.", null, MARCH);

        assertThat(place(MAYOR, "Good evening. My players gave everything, but everything was not enough tonight."
                + " I take responsibility. The choices were mine.", "TRANSCRIPT", null, MARCH, choices, players).joins())
                .isEqualTo(players.id());
    }

    @Test
    void onlyAFullerVariantReplacesTheCanonicalWording() {
        Wording canonical = Wording.of("My players gave everything, but everything was not enough tonight,");

        assertThat(QuoteMatcher.replacesCanonical(new QuoteMatcher.Incoming(MAYOR, Wording.of("My players gave"
                + " everything, but everything was not enough tonight, and I am sorry"), false, null, MARCH), canonical))
                .isTrue();
        assertThat(QuoteMatcher.replacesCanonical(new QuoteMatcher.Incoming(MAYOR, Wording.of("My players gave their"
                + " all, but their all wasn't enough tonight,"), false, null, MARCH), canonical))
                .as("another translation with one more word").isFalse();
    }

    @Test
    void lineRepeatedMonthsLaterIsANewUtteranceUnlessTheWordsAreTheSame() {
        QuoteMatcher.Candidate january = stored(MAYOR, "The council's plan to close the night trains is dangerous, and it"
                + " ignores the warnings of independent experts", "statement", LocalDate.of(2025, 1, 10));

        assertThat(place(MAYOR, "The regulator's plan to close the night trains is dangerous, and it ignores the"
                + " warnings of independent experts", "FULL", "speech", LocalDate.of(2025, 3, 8), january).joins())
                .as("near-identical, months later, on another occasion").isNull();
        assertThat(place(MAYOR, "The council's plan to close the night trains is dangerous and it ignores the warnings"
                + " of independent experts.", "FULL", null, LocalDate.of(2025, 3, 8), january).joins())
                .as("the very same words, quoted again later").isEqualTo(january.id());
    }

    @Test
    void identicalSentenceCreditedToAnotherSpeakerWeeksLaterIsTheirOwn() {
        QuoteMatcher.Candidate mayors = stored(MAYOR, "What this valley needs is a plan for the bridge, not another"
                + " promise", null, MARCH);

        assertThat(place(MINISTER, "What this valley needs is a plan for the bridge, not another promise.", "FULL", null,
                MARCH.plusDays(20), mayors).joins()).isNull();
    }

    @Test
    void similarWordingsShareAMinHashBandAndUnrelatedOnesDoNot() {
        long[] original = Wording.of("The heroic labour of our volunteers saved the old bridge and each family in the"
                + " valley").bands();
        long[] misquoted = Wording.of("the heroic work of our volunteers saved the old bridge and every family").bands();
        long[] unrelated = Wording.of("Interest rates will stay high until inflation falls back to target").bands();

        assertThat(original).hasSize(16).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(misquoted).anyMatch(b -> java.util.Arrays.stream(original).anyMatch(o -> o == b)))
                .isTrue();
        assertThat(java.util.Arrays.stream(unrelated).anyMatch(b -> java.util.Arrays.stream(original).anyMatch(o -> o == b)))
                .isFalse();
        assertThat(Wording.of("We will.").bands()).as("no content word, no band").isEmpty();
        assertThat(Wording.of("the old bridge").bands()).containsExactly(Wording.of("Old bridge!").bands());
        assertThat(Wording.of("the old bridge").bands()[0]).as("bands are stored: the hashing must never change")
                .isEqualTo(-3914845401762492527L);
    }
}
