package io.quotetrail.quote.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static List<ExtractedQuote> extract(String text) {
        return QuoteExtractor.extract(ArticleInput.ofText(text));
    }

    private static List<ExtractedQuote> extract(String text, String publishedAt) {
        return QuoteExtractor.extract(new ArticleInput(text, null, publishedAt));
    }

    private static List<String> chainNames(ExtractedQuote quote) {
        return quote.intermediaries().stream().map(ChainMention::name).toList();
    }

    @Test
    void curlyQuotesWithTrailingNameSaid() {
        String text = "The mayor spoke on Monday.\n\n\u201CWe will rebuild the bridge,\u201D Anna Berg said.";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes).hasSize(1);
        ExtractedQuote quote = quotes.get(0);
        assertThat(quote.text()).isEqualTo("We will rebuild the bridge");
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        assertThat(quote.kind()).isEqualTo(QuoteKind.FULL);
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void straightQuotesWithSaidBeforeName() {
        String text = "\"Prices will fall next year,\" said Tom Okafor, the bank's chief economist.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(quote.text()).isEqualTo("Prices will fall next year");
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        assertThat(quote.speaker().name()).isEqualTo("Tom Okafor");
    }

    @Test
    void nameSaidColonBeforeTheQuote() {
        String text = "Lena Park told reporters: \u201CThe vote is final.\u201D";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(quote.speaker().name()).isEqualTo("Lena Park");
        assertThat(quote.cue()).isEqualTo("told");
        assertThat(quote.text()).isEqualTo("The vote is final.");
    }

    @Test
    void wroteAddedAndStatedAreCues() {
        assertThat(extract("\u201CIt was a mistake,\u201D Ravi Shah wrote.").get(0).cue()).isEqualTo("wrote");
        assertThat(extract("\u201CIt was a mistake,\u201D Ravi Shah added.").get(0).cue()).isEqualTo("added");
        assertThat(extract("\u201CIt was a mistake,\u201D Ravi Shah stated.").get(0).speaker().name())
                .isEqualTo("Ravi Shah");
    }

    @Test
    void pronounResolvesToMostRecentPerson() {
        String text = "\u201CThe port reopens today,\u201D Maria Lopez said.\n\n"
                + "\u201CTrade will recover,\u201D she said.";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).speaker().asWritten()).isEqualTo("she");
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Maria Lopez");
    }

    @Test
    void unresolvablePronounGivesNoSpeakerRatherThanAPronoun() {
        ExtractedQuote quote = extract("\u201CWe are ready,\u201D he said.").get(0);

        assertThat(quote.speaker()).isNull();
        assertThat(quote.cue()).isEqualTo("said");
    }

    @Test
    void quoteWithoutCueContinuesThePreviousSpeaker() {
        String text = "\u201CThe plan is sound,\u201D Omar Haddad said.\n\n\u201CIt will create jobs.\u201D";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Omar Haddad");
    }

    @Test
    void adverbBetweenSpeakerAndVerbIsSkipped() {
        String text = "Kofi Mensah, meanwhile, said the visit would bring \u201Ca new era of trade.\u201D";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(quote.speaker().name()).isEqualTo("Kofi Mensah");
        assertThat(quote.kind()).isEqualTo(QuoteKind.FRAGMENT);
    }

    @Test
    void fragmentInsideSentenceWithSpeechVerb() {
        String text = "The governor praised the rescue teams as \u201Ctireless\u201D on Sunday.";
        String named = "Governor Ida Novak praised the rescue teams as \u201Ctireless\u201D on Sunday.";

        ExtractedQuote described = extract(text).get(0);
        assertThat(described.cue()).isEqualTo("praised");
        assertThat(described.speaker()).as("a description is not a name (yet)").isNull();

        ExtractedQuote quote = extract(named).get(0);
        assertThat(quote.kind()).isEqualTo(QuoteKind.FRAGMENT);
        assertThat(quote.text()).isEqualTo("tireless");
        assertThat(quote.speaker().name()).isEqualTo("Governor Ida Novak");
    }

    @Test
    void scareQuotesWithoutCueAreNotQuotations() {
        assertThat(extract("The so-called \u201Csmart\u201D meters arrived late.")).isEmpty();
    }

    @Test
    void accordingToNamesAnIntermediary() {
        String text = "\u201CThe deal is done,\u201D Piet Jansen said, according to the Daily Ledger.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(chainNames(quote)).containsExactly("Daily Ledger");
        assertThat(quote.intermediaries().get(0).evidence()).isEqualTo("according to the Daily Ledger");
    }

    @Test
    void relayVerbAfterLowerCaseMediaWords() {
        String text = "Chief Aya Mori hailed the crews as \u201Cbrave\u201D, state broadcaster NTV reported.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(chainNames(quote)).containsExactly("state broadcaster NTV");
        assertThat(quote.intermediaries().get(0).evidence()).isEqualTo("state broadcaster NTV reported");
    }

    @Test
    void citingPutsTheUpstreamSourceFirst() {
        String text = "\u201CTalks resume in May,\u201D Ines Duarte said, Harbour News reported, citing Coast Radio.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(chainNames(quote)).containsExactly("Coast Radio", "Harbour News");
    }

    @Test
    void reportsFollowedByName() {
        String text = "\u201CWe expect rain,\u201D Jon Bell said, reports Valley Post.";
        assertThat(chainNames(extract(text).get(0))).containsExactly("Valley Post");
    }

    @Test
    void bylineNamesTheWireAfterLocalIntermediaries() {
        String text = "By [WNA](#)\n\n\u201CWe won,\u201D Sara Lind said, according to Nordic Radio.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(chainNames(quote)).containsExactly("Nordic Radio", "WNA");
        assertThat(quote.intermediaries().get(1).evidence()).isEqualTo("By [WNA](#)");
    }

    @Test
    void bylineNamingAnAgencyInWordsIsAHop() {
        String text = "By Harbour Press Agency\n\n\u201CWe won,\u201D Sara Lind said.";
        assertThat(chainNames(extract(text).get(0))).containsExactly("Harbour Press Agency");
    }

    @Test
    void bylineOfAPersonIsNotAHop() {
        String text = "By Jane Smith\n\n\u201CWe won,\u201D Sara Lind said.";
        assertThat(extract(text).get(0).intermediaries()).isEmpty();
    }

    @Test
    void wireDatelineInParentheses() {
        String text = "LISBON, May 3 (Wire Service) - \u201CWe won,\u201D Sara Lind said.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(chainNames(quote)).containsExactly("Wire Service");
        assertThat(quote.intermediaries().get(0).evidence()).isEqualTo("(Wire Service) -");
    }

    @Test
    void mediumFromTheSentenceAndCarriedBySameSpeaker() {
        String text = "\u201CPeace is near,\u201D Amir Sadeh said in a statement.\n\n"
                + "\u201CWe are patient,\u201D Sadeh added.";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes.get(0).medium()).isEqualTo("statement");
        assertThat(quotes.get(1).medium()).isEqualTo("statement");
    }

    @Test
    void longestMediumPhraseWins() {
        String text = "In a New Year letter, Dana Reyes wrote: \u201CLet us be hopeful.\u201D";
        assertThat(extract(text).get(0).medium()).isEqualTo("new year letter");
    }

    @Test
    void occasionDateWithAndWithoutYear() {
        String full = "\u201CWe stand together,\u201D Eva Stone said in a letter dated 15 August 2024.";
        String partial = "\u201CWe stand together,\u201D Eva Stone said on March 3.";

        assertThat(extract(full).get(0).occasionDate()).isEqualTo("2024-08-15");
        assertThat(extract(partial, "2025-04-01").get(0).occasionDate()).isEqualTo("2025-03-03");
        assertThat(extract(partial).get(0).occasionDate()).isNull();
    }

    @Test
    void partialDateLaterThanPublicationBelongsToThePreviousYear() {
        String text = "\u201CWe stand together,\u201D Eva Stone said on December 30.";
        assertThat(extract(text, "2026-01-02").get(0).occasionDate()).isEqualTo("2025-12-30");
    }

    @Test
    void boilerplateLinesAreSkipped() {
        String text = "++ \u201CShocking\u201D claims, says Bo Chen ++\n\n"
                + "**Related article:** \u201CWe lost,\u201D said Max Hall\n\n"
                + "A flooded street. **Photo Agency**\n\n"
                + "\u201CThe water is falling,\u201D Rosa Diaz said.";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("The water is falling");
    }

    @Test
    void originalUrlLineGivesTheOutletAddress() {
        String text = "\u201CHello,\u201D Ann Lee said.\n\nOriginal url:\n\n<https://news.example.org/2025/a-story>";
        ArticleText article = ArticleText.parse(ArticleInput.ofText(text));

        assertThat(article.originalUrl()).isEqualTo("https://news.example.org/2025/a-story");
        assertThat(QuoteExtractor.extract(article, ArticleInput.ofText(text))).hasSize(1);
    }

    @Test
    void sentenceBrokenOverBlankLineIsRejoined() {
        String text = "\u201CWe agree,\u201D she said, according to state news\n\nagency Capital Wire.";
        List<ExtractedQuote> quotes = extract("\u201CFine,\u201D Li Wei said.\n\n" + text);

        assertThat(chainNames(quotes.get(1))).containsExactly("state news agency Capital Wire");
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Li Wei");
    }

    @Test
    void headlineQuoteIsKindHeadline() {
        String text = "# \u201CWe will not retreat\u201D, says Mia Roth\n\nThe minister spoke.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(quote.kind()).isEqualTo(QuoteKind.HEADLINE);
        assertThat(quote.speaker().name()).isEqualTo("Mia Roth");
    }

    @Test
    void quoteRunningOverTwoParagraphs() {
        String text = "Noor Aziz said: \u201CThe first part of my answer.\n\n\u201CThe second part.\u201D";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes).extracting(ExtractedQuote::text)
                .containsExactly("The first part of my answer.", "The second part.");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Noor Aziz"));
    }

    @Test
    void inchMarksAndHtmlAttributesAreNotQuoteMarks() {
        String text = "<p class=\"lead\">The board is 6'2\" wide and costs $40.</p>";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void offsetsAreUtf16IntoTheIngestedText() {
        String text = "\uD83D\uDE00 Emoji first. \u201CWe are \uD83D\uDE00 happy,\u201D Zoe Kim said.";
        ExtractedQuote quote = extract(text).get(0);

        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("We are \uD83D\uDE00 happy");
    }

    @Test
    void twoQuotesInOneSentenceShareTheCue() {
        String text = "\u201CWe tried,\u201D Ugo Neri said, \u201Cbut the rules changed.\u201D";
        List<ExtractedQuote> quotes = extract(text);

        assertThat(quotes).hasSize(2);
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Ugo Neri"));
    }

    @Test
    void emptyAndBlankInputsGiveNothing() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("   \n\n  ")).isEmpty();
        assertThat(QuoteExtractor.extract(new ArticleInput(null, null, null))).isEmpty();
        assertThat(extract("\u201C\u201D \"\" \u201C   \u201D")).isEmpty();
    }
}
