package io.quotetrail.quote.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextKeysTest {

    @Test
    void theAnchorIsTheLongestWordThenTheFirstInOrder() {
        assertThat(TextKeys.anchor(List.of("bond", "friendship", "militant"))).isEqualTo("friendship");
        assertThat(TextKeys.anchor(List.of("soldier", "brother", "victory"))).isEqualTo("brother");
        assertThat(TextKeys.anchor(Set.of("victory", "soldier", "brother"))).as("whatever the iteration order")
                .isEqualTo("brother");
        assertThat(TextKeys.anchor(List.of("\uD835\uDC00\uD835\uDC01", "abc"))).as("length in code points, not chars")
                .isEqualTo("abc");
    }

    @Test
    void wordingsHoldingAnotherHoldItsAnchor() {
        List<String> fragment = List.of("bond", "militant", "friendship");
        List<String> whole = List.of("bond", "militant", "friendship", "invincible", "troop", "heroic");
        assertThat(whole).contains(TextKeys.anchor(fragment));
    }

    @Test
    void aDatedKeyPrefixesTheDay() {
        assertThat(TextKeys.datedKey(LocalDate.of(2025, 1, 11), "friendship")).isEqualTo("2025-01-11:friendship");
    }

    @Test
    void quotationsDifferingOnlyInPunctuationAndCaseShareTheirKey() {
        assertThat(TextKeys.quoteTextKey("The \u201Cheroic\u201D entry, it said.")).isEqualTo(TextKeys.quoteTextKey("the heroic entry it said"));
        assertThat(TextKeys.normalizeQuote("Korea\u2019s  army—now")).isEqualTo("koreas army now");
    }
}
