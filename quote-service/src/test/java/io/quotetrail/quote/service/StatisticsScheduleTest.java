package io.quotetrail.quote.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsScheduleTest {

    /** The running totals of rows at which analyses fall, storing {@code step} rows at a time. */
    private static List<Long> analysesUpTo(StatisticsSchedule schedule, long rowsAtStart, long total, long step) {
        List<Long> at = new ArrayList<>();
        for (long stored = rowsAtStart + step; stored <= total; stored += step) {
            if (schedule.stored(step)) {
                at.add(stored);
            }
        }
        return at;
    }

    @Test
    void anEmptyStoreIsAnalysedAtTheFirstThresholdThenAtEachDoubling() {
        assertThat(analysesUpTo(new StatisticsSchedule(0, 100), 0, 2_000, 10))
                .containsExactly(100L, 200L, 400L, 800L, 1_600L);
    }

    @Test
    void aStoreLoadedBeforeStartIsFirstAnalysedWhenItHasDoubled() {
        assertThat(analysesUpTo(new StatisticsSchedule(1_000, 100), 1_000, 5_000, 50))
                .containsExactly(2_000L, 4_000L);
    }

    @Test
    void aLargeArticleCountsAllItsRows() {
        StatisticsSchedule schedule = new StatisticsSchedule(0, 100);
        assertThat(schedule.stored(99)).isFalse();
        assertThat(schedule.stored(350)).isTrue();  // 449 rows analysed; next due at 898
        assertThat(schedule.stored(448)).isFalse();
        assertThat(schedule.stored(1)).isTrue();
    }

    @Test
    void anUnknownSizeCountsAsEmptyAndNothingStoredIsNeverDue() {
        StatisticsSchedule schedule = new StatisticsSchedule(-1, 5);
        assertThat(schedule.stored(0)).isFalse();
        assertThat(schedule.stored(-3)).isFalse();
        assertThat(schedule.stored(5)).isTrue();
    }

    @Test
    void theFirstThresholdMustBePositive() {
        assertThatThrownBy(() -> new StatisticsSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstAfter");
    }
}
