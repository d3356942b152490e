package io.quotetrail.quote.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The engine never throws and stays linear on hostile input. Each case runs under a generous
 * time bound (a hang or a quadratic blow-up on these sizes takes minutes, linear work takes
 * well under a second); speed itself is measured in the benchmarks module, not here.
 */
class RobustnessTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String HOSTILE_ALPHABET = "\u201C\u201D\"\u201E\u00AB\u00BB'\u2019\u2018\u201A \u00A0,.:;!?-\u2014()[]<>/*#&\n"
            + "abcXYZ saidSaid he she they according to By (Reuters) - 2025 May 3 Mr the statement \uD83D\uDE00\uD800";

    private static void assertWellFormed(String text, List<ExtractedQuote> quotes) {
        for (ExtractedQuote quote : quotes) {
            assertThat(quote.start()).isBetween(0, quote.end());
            assertThat(quote.end()).isLessThanOrEqualTo(text.length());
            assertThat(quote.text()).isNotBlank();
            if (quote.speaker() != null) {
                assertThat(quote.speaker().name()).isNotBlank();
                assertThat(Lexicon.PRONOUNS).doesNotContain(quote.speaker().name().toLowerCase());
            }
        }
    }

    @Test
    void randomTextFromHostileAlphabetNeverThrows() {
        Random random = new Random(42);
        assertTimeoutPreemptively(BOUND, () -> {
            for (int round = 0; round < 3000; round++) {
                String text = randomText(random, HOSTILE_ALPHABET, random.nextInt(600));
                assertThatCode(() -> assertWellFormed(text, QuoteExtractor.extract(new ArticleInput(text, "t", "2025-05-01", "Wire"))))
                        .as("input %s", text).doesNotThrowAnyException();
            }
        });
    }

    @Test
    void randomUnicodeNeverThrows() {
        Random random = new Random(7);
        assertTimeoutPreemptively(BOUND, () -> {
            for (int round = 0; round < 1000; round++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(800);
                for (int i = 0; i < length; i++) {
                    sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
                }
                String text = sb.toString();
                assertThatCode(() -> assertWellFormed(text, QuoteExtractor.extract(ArticleInput.ofText(text))))
                        .as("round %d", round).doesNotThrowAnyException();
            }
        });
    }

    @Test
    void plainTextQuotationsAreExactlyTheTextBetweenTheirOffsets() {
        Random random = new Random(11);
        String alphabet = "\u201C\u201D\" ,.!?abcdef XYZ said he Mr Smith according to\n";
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, alphabet, random.nextInt(400));
            for (ExtractedQuote quote : QuoteExtractor.extract(ArticleInput.ofText(text))) {
                assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
            }
        }
    }

    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                Arguments.of("200k opening marks", "\u201C".repeat(200_000)),
                Arguments.of("100k unbalanced straight quotes", "\"a ".repeat(100_000)),
                Arguments.of("100k half tags", "<a".repeat(100_000)),
                Arguments.of("100k half links", "](".repeat(100_000)),
                Arguments.of("100k entities", "&ldquo;x&rdquo; &amp".repeat(50_000)),
                Arguments.of("a million letters, no space", "x".repeat(1_000_000)),
                Arguments.of("no punctuation at all", "the mayor said we will win and he said so ".repeat(50_000)),
                Arguments.of("100k speech verbs", "said ".repeat(100_000)),
                Arguments.of("20k quotations in one paragraph",
                        "\u201CA b,\u201D C D said, according to E F reported, citing G. ".repeat(20_000)),
                Arguments.of("20k transcript turns", "SMITH: We will win.\n\nJONES: No.\n\n".repeat(10_000)),
                Arguments.of("20k nested quotations", "\u201CHe said \u2018go\u2019 and \u2018stay\u2019,\u201D Ann Lee said. ".repeat(20_000)),
                Arguments.of("50k pronouns", "\u201CYes,\u201D he said. \u201CNo,\u201D she said. ".repeat(25_000)),
                Arguments.of("headline-shaped lines", "Headline Without End\n".repeat(50_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostileInputStaysWithinBound(String name, String text) {
        List<ExtractedQuote> quotes = assertTimeoutPreemptively(BOUND, () -> QuoteExtractor.extract(ArticleInput.ofText(text)));
        assertWellFormed(text, quotes);
    }

    @Test
    void twoMegabyteArticleIsReadWhole() {
        StringBuilder article = new StringBuilder();
        int paragraphs = 0;
        while (article.length() < 2 * 1024 * 1024) {
            article.append("\u201CThe harvest was good in field ").append(paragraphs++)
                    .append(" this year,\u201D Farmer Joe Brown said in an interview, according to the Rural Times.\n\n");
        }
        String text = article.toString();

        List<ExtractedQuote> quotes = assertTimeoutPreemptively(BOUND, () -> QuoteExtractor.extract(ArticleInput.ofText(text)));

        assertThat(quotes).hasSize(paragraphs);
        ExtractedQuote last = quotes.get(quotes.size() - 1);
        assertThat(last.speaker().name()).isEqualTo("Farmer Joe Brown");
        assertThat(last.medium()).isEqualTo("interview");
        assertThat(last.intermediaries()).extracting(ChainMention::name).containsExactly("Rural Times");
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
