package io.quotetrail.benchmarks.load;

import io.quotetrail.benchmarks.corpus.GeneratedArticle;
import io.quotetrail.benchmarks.corpus.GoldQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Quotations already stored, kept as a uniform sample (reservoir) of bounded size, and turned into
 * what a reader would paste: re-punctuated, lower-cased, or cut at either end.
 */
final class TraceSamples {

    /** Only quotations of at least this many words are pasted: a fact-checker traces sentences, not two words. */
    private static final int MIN_WORDS = 8;

    private final SplittableRandom random;
    private final int capacity;
    private final List<String> kept = new ArrayList<>();
    private long seen;

    TraceSamples(long seed, int capacity) {
        this.random = new SplittableRandom(seed);
        this.capacity = capacity;
    }

    synchronized void offer(GeneratedArticle article) {
        for (GoldQuote quote : article.quotes()) {
            if (quote.fragmentOf() != null || quote.text().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            seen++;
            if (kept.size() < capacity) {
                kept.add(quote.text());
            } else {
                long slot = random.nextLong(seen);
                if (slot < capacity) {
                    kept.set((int) slot, quote.text());
                }
            }
        }
    }

    synchronized List<String> pasted(int count) {
        if (kept.isEmpty()) {
            throw new IllegalStateException("nothing stored to trace yet");
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(misquote(kept.get(random.nextInt(kept.size())), i % 4));
        }
        return texts;
    }

    private static String misquote(String text, int how) {
        String[] words = text.split("\\s+");
        return switch (how) {
            case 0 -> text.replaceAll("[,;:]", "").replace('.', '!');
            case 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length));
            default -> String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.max(MIN_WORDS / 2, words.length * 2 / 3)));
        };
    }
}
