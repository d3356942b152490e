package io.quotetrail.benchmarks.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance. {@link SplittableRandom} is specified bit for bit, so the
 * same seed gives the same corpus on every JVM; nothing in the generator may use hash order, the
 * clock or another random source.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed derived from two numbers, so that e.g. person 17 of seed 42 is always the same person. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An independent stream, for work whose amount of chance may vary without disturbing the caller's. */
    Dice fork() {
        return new Dice(random.nextLong());
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** An index chosen with the given relative weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new AssertionError("weights must be positive");
    }
}
