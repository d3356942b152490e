package io.quotetrail.benchmarks;

import io.quotetrail.quote.engine.ArticleInput;
import io.quotetrail.quote.engine.QuoteExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The extraction engine alone, in process, on one core. Each benchmark prints the UTF-8 size
 * of the text one operation reads, so that MB/s = size × ops/s (see docs/benchmarks.md).
 *
 * <p>Corpus: the development corpus, plus the seed articles when {@code ../shared/corpus/seeds}
 * is beside the project (directories can be given with {@code -Dquotetrail.corpus=dir1,dir2}).
 * Run from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

    private static final String DEFAULT_CORPUS =
            "quote-service/src/test/resources/devcorpus/articles,../shared/corpus/seeds";
    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    private List<ArticleInput> corpus;
    private ArticleInput largeArticle;
    private ArticleInput hostileArticle;

    @Setup(Level.Trial)
    public void load() {
        corpus = new ArrayList<>();
        for (String dir : System.getProperty("quotetrail.corpus", DEFAULT_CORPUS).split(",")) {
            Path path = Path.of(dir.strip());
            if (!Files.isDirectory(path)) {
                continue;
            }
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    corpus.add(new ArticleInput(Files.readString(file, StandardCharsets.UTF_8), null, "2025-08-15"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (corpus.isEmpty()) {
            throw new IllegalStateException("no articles found; run from the project root or set -Dquotetrail.corpus");
        }
        StringBuilder large = new StringBuilder();
        while (utf8(large) < TWO_MEGABYTES) {
            for (ArticleInput article : corpus) {
                large.append(article.text()).append("\n\n");
            }
        }
        largeArticle = ArticleInput.ofText(large.toString());
        hostileArticle = ArticleInput.ofText(hostile(new Random(42), 1024 * 1024));
        System.err.printf("corpus: %d articles, %d bytes per op; large article: %d bytes; hostile: %d bytes%n",
                corpus.size(), corpus.stream().mapToLong(a -> utf8(a.text())).sum(), utf8(largeArticle.text()),
                utf8(hostileArticle.text()));
    }

    /** Every article of the mixed corpus (plain text, Markdown, HTML), one after the other. */
    @Benchmark
    public void mixedCorpus(Blackhole blackhole) {
        for (ArticleInput article : corpus) {
            blackhole.consume(QuoteExtractor.extract(article));
        }
    }

    /** The corpus joined into one article of about 2 MB: the engine stays linear in the length. */
    @Benchmark
    public void twoMegabyteArticle(Blackhole blackhole) {
        blackhole.consume(QuoteExtractor.extract(largeArticle));
    }

    /** A megabyte of unbalanced quote marks, markup and punctuation. */
    @Benchmark
    public void hostileMegabyte(Blackhole blackhole) {
        blackhole.consume(QuoteExtractor.extract(hostileArticle));
    }

    private static String hostile(Random random, int length) {
        String alphabet = "\u201C\u201D\"\u201E\u00AB\u00BB'\u2019\u2018 ,.:;!?-\u2014()<>*#\nabc XYZ said he according to";
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static long utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
