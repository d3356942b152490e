package io.quotetrail.quote.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine on small invented news snippets, one test per construction it must read. Names,
 * outlets and events are made up: the engine has to generalise, not remember.
 */
class ConstructionsTest {

    private static List<ExtractedQuote> extract(String text) {
        return QuoteExtractor.extract(ArticleInput.ofText(text));
    }

    private static List<ExtractedQuote> extract(String text, String outlet) {
        return QuoteExtractor.extract(new ArticleInput(text, null, "2025-06-12", outlet));
    }

    private static ExtractedQuote only(String text) {
        List<ExtractedQuote> quotes = extract(text);
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    private static String speaker(ExtractedQuote quote) {
        return quote.speaker() == null ? null : quote.speaker().name();
    }

    private static List<String> chain(ExtractedQuote quote) {
        return quote.intermediaries().stream().map(ChainMention::name).toList();
    }

    @Nested
    class QuoteMarks {

        @Test
        void curlyDoubleQuotesWithTrailingSaidCue() {
            ExtractedQuote q = only("\u201CWe will rebuild the bridge,\u201D Mayor Ana Ruiz said.");
            assertThat(q.text()).isEqualTo("We will rebuild the bridge,");
            assertThat(speaker(q)).isEqualTo("Ana Ruiz");
            assertThat(q.kind()).isEqualTo(QuoteKind.FULL);
        }

        @Test
        void straightDoubleQuotesWithSaidBeforeTheName() {
            ExtractedQuote q = only("\"Prices will fall next year,\" said Tomas Berg, an economist at Nordbank.");
            assertThat(speaker(q)).isEqualTo("Tomas Berg");
        }

        @Test
        void singleCurlyQuotesAreQuotations() {
            ExtractedQuote q = only("\u2018Every month we wait, we lose more families,\u2019 Minister Lena Holt said.");
            assertThat(q.text()).startsWith("Every month we wait");
            assertThat(speaker(q)).isEqualTo("Lena Holt");
        }

        @Test
        void apostropheInJapansIsNotAQuoteMark() {
            ExtractedQuote q = only("Japan\u2019s envoy Kenji Mori said the talks were \u2018a real step forward\u2019 for Korea's farmers.");
            assertThat(q.text()).isEqualTo("a real step forward");
        }

        @Test
        void frenchGuillemetsWithSpacesInside() {
            ExtractedQuote q = only("\u00AB We will not sign this text, \u00BB Minister Claire Martin told reporters.");
            assertThat(q.text()).isEqualTo("We will not sign this text,");
            assertThat(speaker(q)).isEqualTo("Claire Martin");
            assertThat(q.medium()).isEqualTo("press conference");
        }

        @Test
        void germanLowAndHighQuotes() {
            ExtractedQuote q = only("\u201EThe decision is a provocation\u201C, spokeswoman Irma Falk wrote on Telegram.");
            assertThat(q.text()).isEqualTo("The decision is a provocation");
            assertThat(speaker(q)).isEqualTo("Irma Falk");
            assertThat(q.medium()).isEqualTo("Telegram post");
        }

        @Test
        void nestedQuoteIsAttributedInsideTheOuterQuote() {
            List<ExtractedQuote> quotes = extract("Bruno Kell met the aide in March.\n\n"
                    + "\u201CHe leaned over and said, \u2018Never write it down,\u2019 and then he laughed,\u201D Dana Pike told the committee.");
            assertThat(quotes).extracting(ExtractedQuote::text)
                    .contains("Never write it down,");
            ExtractedQuote inner = quotes.stream().filter(q -> q.text().equals("Never write it down,")).findFirst().orElseThrow();
            assertThat(speaker(inner)).isEqualTo("Bruno Kell");
            assertThat(chain(inner)).containsExactly("Dana Pike");
        }

        @Test
        void multiParagraphQuoteContinuesAtNextOpeningMark() {
            List<ExtractedQuote> quotes = extract("Union leader Rosa Grant said:\n\n"
                    + "\u201CNobody wants to be out here on strike this morning.\n\n"
                    + "\u201CBut eleven years of cuts have left us no choice at all.\u201D");
            assertThat(quotes).hasSize(2);
            assertThat(quotes).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Rosa Grant"));
            assertThat(quotes.get(1).continued()).isTrue();
        }

        @Test
        void blockQuoteWithoutMarksAfterAColonIntroduction() {
            ExtractedQuote q = only("The club president Aldo Serra posted on X on Sunday:\n\n> Heads up, fans. The season is long.");
            assertThat(q.text()).isEqualTo("Heads up, fans. The season is long.");
            assertThat(speaker(q)).isEqualTo("Aldo Serra");
            assertThat(q.medium()).isEqualTo("social-media post");
        }

        @Test
        void quoteInAHeadlineIsKindHeadline() {
            List<ExtractedQuote> quotes = extract("# Mayor hails \u2018heroic\u2019 rescuers\n\n"
                    + "Mayor Ana Ruiz called the rescuers \u201Cheroic\u201D on Monday.");
            assertThat(quotes).extracting(ExtractedQuote::kind).containsExactly(QuoteKind.HEADLINE, QuoteKind.FRAGMENT);
            assertThat(quotes).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Ana Ruiz"));
        }

        @Test
        void fragmentQuotedInsideASentence() {
            ExtractedQuote q = only("Coach Ivo Sala described the defeat as \u201Cunacceptable\u201D after the match.");
            assertThat(q.kind()).isEqualTo(QuoteKind.FRAGMENT);
            assertThat(speaker(q)).isEqualTo("Ivo Sala");
        }

        @Test
        void transcriptTurnsWithoutQuoteMarks() {
            List<ExtractedQuote> quotes = extract("Chief executive Nina Lund spoke to analysts, the call transcript showed.\n\n"
                    + "NINA LUND: We intend to survive this price war.\n\n"
                    + "OLE BERG (NORDBANK): Will you raise capital?\n\n"
                    + "NINA LUND: No.");
            assertThat(quotes).extracting(ExtractedQuote::kind).containsOnly(QuoteKind.TRANSCRIPT);
            assertThat(quotes).extracting(ConstructionsTest::speaker).containsExactly("Nina Lund", "Ole Berg", "Nina Lund");
            assertThat(quotes.get(0).medium()).isEqualTo("transcript");
        }
    }

    @Nested
    class NotQuotations {

        @Test
        void filmTitlesAreNotQuotations() {
            assertThat(extract("Director Paul Ames said his film \u201CSilent Harbour\u201D opens next week.")).isEmpty();
        }

        @Test
        void nicknamesAreNotQuotations() {
            assertThat(extract("Striker Dino Vuk, nicknamed \u201Cthe Rocket\u201D by fans, scored twice.")).isEmpty();
        }

        @Test
        void scareQuotesAroundATermAreNotQuotations() {
            assertThat(extract("The so-called \u201Cpeace plan\u201D was published on Monday.")).isEmpty();
        }

        @Test
        void quotesInsideBoilerplateAreNotQuotations() {
            assertThat(extract("Mayor Ana Ruiz opened the bridge on Monday.\n\n"
                    + "Related article: \u201CBridge plan explained\u201D\n\n"
                    + "Photo: Residents hold \u201CSave our river\u201D signs. (Photo: City Post)")).isEmpty();
        }

        @Test
        void titleCasePhraseWithoutSpeakerIsATitle() {
            assertThat(extract("Her walk-on song, \u201CSeven Bright Nights\u201D, became a terrace chant.")).isEmpty();
        }
    }

    @Nested
    class Speaker {

        @Test
        void pronounResolvesToTheEarlierSubject() {
            List<ExtractedQuote> quotes = extract("Finance Minister Petra Novak presented the budget on Tuesday. "
                    + "\u201CThis is a budget for families,\u201D she said.");
            assertThat(speaker(quotes.get(0))).isEqualTo("Petra Novak");
        }

        @Test
        void pronounAfterADescriptionInAppositionIsTheNamedPerson() {
            List<ExtractedQuote> quotes = extract("Harbor coach Marco Bellini refused to blame his players. "
                    + "\u201CI take responsibility for the choices,\u201D Bellini said. "
                    + "The visitors' coach, Davide Rinaldi, was gracious in victory. "
                    + "\u201CWe deserved at most a draw tonight,\u201D he said.");
            assertThat(speaker(quotes.get(1))).isEqualTo("Davide Rinaldi");
        }

        @Test
        void surnameAloneResolvesToTheFullName() {
            List<ExtractedQuote> quotes = extract("Senator Ray Colton opposed the bill. "
                    + "\u201CIt is reckless,\u201D Colton said.");
            assertThat(speaker(quotes.get(0))).isEqualTo("Ray Colton");
        }

        @Test
        void honorificAndSurnameResolveToTheFullName() {
            List<ExtractedQuote> quotes = extract("Judge Miriam Oduya sentenced the adviser on Friday.\n\n"
                    + "\u201CYou gambled with their savings,\u201D Mrs Oduya told him.");
            assertThat(speaker(quotes.get(0))).isEqualTo("Miriam Oduya");
        }

        @Test
        void descriptionResolvesToThePersonWithThatTitle() {
            List<ExtractedQuote> quotes = extract("Foreign Ministry spokeswoman Irma Falk spoke in Vilnius. "
                    + "Defence chief Tom Hale stayed silent. "
                    + "\u201COur response will be proportionate,\u201D the spokeswoman said.");
            assertThat(speaker(quotes.get(0))).isEqualTo("Irma Falk");
        }

        @Test
        void appositiveBetweenNameAndVerb() {
            ExtractedQuote q = only("\u201CThe text protects borders, not people,\u201D Maria Lind, the ministry spokeswoman, said.");
            assertThat(speaker(q)).isEqualTo("Maria Lind");
        }

        @Test
        void relativeClauseBetweenNameAndVerb() {
            ExtractedQuote q = only("Councillor Raj Patel, who leads the Green group, said the vote was \u201Ca betrayal\u201D.");
            assertThat(speaker(q)).isEqualTo("Raj Patel");
        }

        @Test
        void colonIntroductionWithAnAdjective() {
            ExtractedQuote q = only("Sentencing him, Judge Miriam Oduya was blunt: \u201CYou treated their savings as your casino.\u201D");
            assertThat(speaker(q)).isEqualTo("Miriam Oduya");
        }

        @Test
        void dashSignatureUnderAPullQuote() {
            ExtractedQuote q = only("\u201CMy body kept the score all season.\u201D\n\n\u2014 Mila Kovac, on Instagram\n\n"
                    + "Mila Kovac withdrew from the tournament on Sunday.");
            assertThat(speaker(q)).isEqualTo("Mila Kovac");
        }

        @Test
        void quoteWithoutCueContinuesThePreviousSpeaker() {
            List<ExtractedQuote> quotes = extract("\u201CWe were told this was a consultation,\u201D said Janet Cole. "
                    + "\u201CIt turns out it was a countdown.\u201D");
            assertThat(quotes).extracting(ConstructionsTest::speaker).containsExactly("Janet Cole", "Janet Cole");
        }

        @Test
        void documentAsSpeakerIsItsAuthor() {
            List<ExtractedQuote> quotes = extract("In a statement, the Harbour Authority said it had closed the port. "
                    + "\u201CSafety comes first for every vessel,\u201D the statement said.");
            assertThat(speaker(quotes.get(0))).isEqualTo("Harbour Authority");
            assertThat(quotes.get(0).medium()).isEqualTo("statement");
        }

        @Test
        void groupSpeaksThroughThey() {
            ExtractedQuote q = only("The visit by a Hungarian delegation, which thanked the city for what they described "
                    + "as \u201Cexcellent hospitality\u201D, ended on Friday.");
            assertThat(speaker(q)).isEqualTo("Hungarian delegation");
        }

        @Test
        void accordingToAPersonMakesThemTheSpeaker() {
            List<ExtractedQuote> quotes = extract("Kremlin spokesman Oleg Sorin spoke to reporters. "
                    + "According to Sorin, relations are \u201Cat their lowest point in decades.\u201D");
            assertThat(speaker(quotes.get(0))).isEqualTo("Oleg Sorin");
            assertThat(quotes.get(0).intermediaries()).isEmpty();
        }

        @Test
        void spokespersonForACompanySpeaksForTheCompany() {
            ExtractedQuote q = only("Drivers at Greyfield Buses walked out on Monday. A company spokesman said: "
                    + "\u201CWe apologise to our passengers.\u201D");
            assertThat(speaker(q)).isEqualTo("Greyfield Buses");
        }

        @Test
        void neverAPronounOrAnEmptyName() {
            assertThat(extract("\u201CWe will win,\u201D he said.")).isEmpty();
        }
    }

    @Nested
    class MediumAndOccasion {

        @Test
        void letterWithItsDate() {
            ExtractedQuote q = only("In a letter dated 3 March 2025, Mayor Ana Ruiz wrote: \u201CThe bridge will reopen.\u201D");
            assertThat(q.medium()).isEqualTo("letter");
            assertThat(q.occasionDate()).isEqualTo("2025-03-03");
        }

        @Test
        void monthWithoutDayIsTheLastSuchMonthBeforePublication() {
            List<ExtractedQuote> quotes = QuoteExtractor.extract(new ArticleInput("Her words echoed her reaction in"
                    + " September, when Mayor Ana Ruiz called the plan \u201Ca provocation that will not go unanswered\u201D.",
                    null, "2025-11-20", null));
            assertThat(quotes.get(0).occasionDate()).isEqualTo("2025-09-15");

            List<ExtractedQuote> later = QuoteExtractor.extract(new ArticleInput("In November, Mayor Ana Ruiz said:"
                    + " \u201CThe bridge will reopen before the snow comes.\u201D", null, "2026-02-02", null));
            assertThat(later.get(0).occasionDate()).isEqualTo("2025-11-15");
        }

        @Test
        void longestMediumPhraseWins() {
            ExtractedQuote q = only("In her New Year letter, Mayor Ana Ruiz wrote: \u201CThis city is bigger than its arguments.\u201D");
            assertThat(q.medium()).isEqualTo("New Year letter");
        }

        @Test
        void newsConferenceIsAPressConference() {
            ExtractedQuote q = only("\u201CThere is a deal to be had,\u201D Speaker Tom Brandt told a news conference.");
            assertThat(q.medium()).isEqualTo("press conference");
        }

        @Test
        void interviewPhoneCallSpeechAndSocialMediaPost() {
            assertThat(only("\u201CFilters work,\u201D Dr Helena Marsh said in an interview.").medium()).isEqualTo("interview");
            assertThat(only("\u201CThere is no military solution,\u201D Minister Omar Said told his counterpart in a phone call.")
                    .medium()).isEqualTo("phone call");
            assertThat(only("\u201CToday we stopped waiting,\u201D Rosa Grant said in a speech at the depot.").medium())
                    .isEqualTo("speech");
            assertThat(only("Tennis player Jess Tran wrote on X that she was \u201Cgutted\u201D for her rival.").medium())
                    .isEqualTo("social-media post");
        }

        @Test
        void mediumGivenOnceForTheSpeakerApplies() {
            List<ExtractedQuote> quotes = extract("Mayor Ana Ruiz sent a letter to residents on Friday. "
                    + "\u201CThe bridge will reopen in May,\u201D Ruiz wrote.");
            assertThat(quotes.get(0).medium()).isEqualTo("letter");
        }
    }

    @Nested
    class Chain {

        @Test
        void newswireBylineIsTheWireOfEveryQuote() {
            List<ExtractedQuote> quotes = extract("Minister rejects plan\n\nBy Harbour Newswire\n\n"
                    + "PORTVILLE, May 3 (Harbour Newswire) - Energy Minister Ada Vance rejected the plan on Sunday.\n\n"
                    + "\u201CThis move is a turning point that should have come years ago,\u201D Mayor Tom Reed said at a"
                    + " press conference in Portville.", "The Lakeside Dispatch");
            assertThat(chain(quotes.get(0))).containsExactly("Harbour Newswire");
        }

        @Test
        void anEarlierReportToldAsBackgroundIsNotTheStorysSource() {
            List<ExtractedQuote> quotes = extract("Mayor vows inquiry\n\n"
                    + "Mayor Ana Ruiz attacked the plan to close the harbour on Saturday in a speech.\n\n"
                    + "Local media reported last week that the plan had been discussed at a cabinet meeting.\n\n"
                    + "\u201CThe plan to close the harbour is dangerous and it ignores every expert,\u201D Ruiz said.",
                    "The Bayside Observer");
            assertThat(chain(quotes.get(0))).isEmpty();
        }

        @Test
        void accordingToNamesAnIntermediary() {
            ExtractedQuote q = only("\u201CThe harvest was good,\u201D Farmer Joe Brown said, according to the Rural Times.");
            assertThat(chain(q)).containsExactly("Rural Times");
            assertThat(q.intermediaries().get(0).evidence()).contains("according to the Rural Times");
        }

        @Test
        void relayVerbAfterTheQuote() {
            ExtractedQuote q = only("Minister Lena Holt called the plan \u201Ca cheap trick\u201D, the Valley Courier reported.");
            assertThat(chain(q)).containsExactly("Valley Courier");
        }

        @Test
        void citingPutsTheCitedSourceUpstream() {
            ExtractedQuote q = only("\u201CWe oppose it,\u201D spokeswoman Lin Mei said, the Daily Wire reported, citing Xinhua.");
            assertThat(chain(q)).containsExactly("Xinhua", "Daily Wire");
        }

        @Test
        void reportsXAtTheEndOfTheLeadGovernsTheSpeakersQuotes() {
            List<ExtractedQuote> quotes = extract("Mayor Ana Ruiz thanked the rescuers in a letter, reports The Harbour Post.\n\n"
                    + "\u201CYou were heroes,\u201D Ruiz wrote.\n\n"
                    + "Local resident Dan Oake said he was \u201Cjust glad it is over\u201D.");
            assertThat(chain(quotes.get(0))).containsExactly("Harbour Post");
            assertThat(chain(quotes.get(1))).as("another speaker's remark later on").isEmpty();
        }

        @Test
        void bylineOfAnAgencyIsAHopAndOfAReporterIsNot() {
            assertThat(chain(only("By AFP\n\n\u201CWe will not sign,\u201D Minister Claire Martin said."))).containsExactly("AFP");
            assertThat(chain(only("By Tom Hargreaves\n\n\u201CWe will not sign,\u201D Minister Claire Martin said."))).isEmpty();
        }

        @Test
        void wireDatelines() {
            assertThat(chain(only("BEIJING, Sept 3 (Reuters) - \u201CWe oppose it,\u201D spokeswoman Lin Mei said.")))
                    .containsExactly("Reuters");
            assertThat(chain(only("SEOUL (AFP) - \u201CWe are ready,\u201D Minister Park Joon said."))).containsExactly("AFP");
            assertThat(chain(only("MOSCOW, Sept 9. /TASS/. \u201CWe regret it,\u201D spokesman Oleg Sorin said.")))
                    .containsExactly("TASS");
        }

        @Test
        void toldAMediumIsAHopToldTheCourtIsNot() {
            assertThat(chain(only("\u201CI did not touch him,\u201D defender Nico Furlan told Sky Sport Italia."))).containsExactly("Sky Sport Italia");
            assertThat(chain(only("\u201CI did not touch him,\u201D defender Nico Furlan told the court."))).isEmpty();
        }

        @Test
        void transcriptShowedNamesTheTranscriber() {
            List<ExtractedQuote> quotes = extract("The exchange was brief, the TickerScribe transcript showed:\n\n"
                    + "NINA LUND: We will survive.\n\nOLE BERG: Will you raise capital?");
            assertThat(quotes).allSatisfy(q -> assertThat(chain(q)).containsExactly("TickerScribe"));
        }

        @Test
        void moreContextFromNamesTheSourceOfWhatFollows() {
            List<ExtractedQuote> quotes = extract("More context from The Harbour Post:\n\n"
                    + "\u201CNine years will not give me back my pension,\u201D said Rose Atkins, 76.");
            assertThat(chain(quotes.get(0))).containsExactly("Harbour Post");
        }

        @Test
        void genericStateMediaResolvesToTheAgencyTheArticleNames() {
            List<ExtractedQuote> quotes = extract("Premier Lo Han praised the troops, state media reported on Friday.\n\n"
                    + "\u201CTheir courage proved our friendship,\u201D Lo wrote, according to the official XNA news agency.\n\n"
                    + "Lo also hailed a \u201Cnew era\u201D for the two countries.");
            assertThat(quotes).allSatisfy(q -> assertThat(chain(q)).containsExactly("XNA"));
        }

        @Test
        void theArticlesOwnOutletIsNotAnIntermediary() {
            List<ExtractedQuote> quotes = extract("\u201CNobody believes the cuts were the last,\u201D Mr Jonas Ek told the Ledger.",
                    "The Gothenburg Ledger");
            assertThat(chain(quotes.get(0))).isEmpty();
        }
    }

    @Nested
    class Markup {

        @Test
        void htmlEntitiesAreDecodedAndOffsetsPointIntoTheHtml() {
            String html = "<html><body><p>Council leader Mary Ellis told the meeting: &ldquo;Nobody wanted to build on a meadow.&rdquo;</p></body></html>";
            ExtractedQuote q = QuoteExtractor.extract(ArticleInput.ofText(html)).get(0);
            assertThat(q.text()).isEqualTo("Nobody wanted to build on a meadow.");
            assertThat(html.substring(q.start(), q.end())).isEqualTo("Nobody wanted to build on a meadow.");
            assertThat(speaker(q)).isEqualTo("Mary Ellis");
            assertThat(q.medium()).isEqualTo("meeting");
        }

        @Test
        void markdownLinksAndEmphasisAreNotProse() {
            ExtractedQuote q = only("By [AFP](#)\n\n**Minister Claire Martin** said the plan was \u201Cdead on arrival\u201D.");
            assertThat(speaker(q)).isEqualTo("Claire Martin");
            assertThat(chain(q)).containsExactly("AFP");
        }

        @Test
        void languageSwitcherAndRepeatedHeadlineAreBoilerplate() {
            List<ExtractedQuote> quotes = extract("ua en ru\n\nMayor hails \u2018heroes\u2019 of the flood\n\n"
                    + "Mayor hails \u2018heroes\u2019 of the flood\n\nMayor Ana Ruiz called the volunteers \u201Cheroes\u201D.");
            assertThat(quotes).extracting(ExtractedQuote::kind).containsExactly(QuoteKind.HEADLINE, QuoteKind.FRAGMENT);
        }

        @Test
        void offsetsAreUtf16IntoTheIngestedText() {
            String text = "\uD83D\uDE00 \u201CWe are \uD83D\uDE00 happy,\u201D Coach Ivo Sala said.";
            ExtractedQuote q = only(text);
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }
}
