package io.quotetrail.benchmarks.load;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations. */
final class Percentiles {

    private Percentiles() {
    }

    static double millis(long[] nanos, double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
