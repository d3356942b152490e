package io.quotetrail.quote.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The engine never throws and stays fast on hostile input. */
class RobustnessTest {

    private static final String ALPHABET = "\u201C\u201D\"\u201E\u00AB\u00BB'\u2019 ,.:;!?-\u2014()[]<>/*#\n"
            + "abcXYZ saidSaid he she according to By (Reuters) - 2025 May 3 \uD83D\uDE00\uD800";

    @Test
    @Timeout(30)
    void randomTextNeverThrowsAndOffsetsStayInside() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            int length = random.nextInt(400);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertThatCode(() -> {
                List<ExtractedQuote> quotes = QuoteExtractor.extract(new ArticleInput(text, "t", "2025-05-01"));
                for (ExtractedQuote quote : quotes) {
                    assertThat(quote.start()).isBetween(0, quote.end());
                    assertThat(quote.end()).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
                }
            }).as("input %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    @Timeout(30)
    void thousandsOfUnbalancedMarksAndMarkupStayLinear() {
        String[] hostile = {
            "\u201C".repeat(200_000),
            "\"a ".repeat(100_000),
            "<a".repeat(100_000),
            "](".repeat(100_000),
            "said ".repeat(100_000),
            "x".repeat(1_000_000),
            ("\u201CA b,\u201D C D said, according to E F reported, citing G. ").repeat(20_000)
        };
        for (String text : hostile) {
            long started = System.nanoTime();
            List<ExtractedQuote> quotes = QuoteExtractor.extract(ArticleInput.ofText(text));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("time for input of %d chars", text.length()).isLessThan(Duration.ofSeconds(5));
            assertThat(quotes).allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(text.length()));
        }
    }

    @Test
    @Timeout(60)
    void twoMebibyteArticleIsExtracted() {
        String paragraph = "\u201CThe harvest was good this year,\u201D Farmer Joe Brown said in an interview,"
                + " according to the Rural Times.\n\n";
        String text = paragraph.repeat((2 * 1024 * 1024) / paragraph.length());
        List<ExtractedQuote> quotes = QuoteExtractor.extract(ArticleInput.ofText(text));

        assertThat(quotes).hasSize((2 * 1024 * 1024) / paragraph.length());
        assertThat(quotes.get(quotes.size() - 1).speaker().name()).isEqualTo("Farmer Joe Brown");
        assertThat(quotes.get(0).medium()).isEqualTo("interview");
    }
}
