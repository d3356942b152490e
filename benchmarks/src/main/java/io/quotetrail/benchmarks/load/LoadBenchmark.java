package io.quotetrail.benchmarks.load;

import io.quotetrail.benchmarks.corpus.CorpusGenerator;
import io.quotetrail.benchmarks.corpus.GeneratedArticle;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a running QuoteTrail (started with {@code ./quotetrail up}) with generated articles through
 * the gateway until it holds each target number of quotation occurrences, and at each size measures
 * what users feel: ingest throughput over gRPC streaming and over REST, trace latency, and the
 * memory of every process. Only loopback addresses are accepted.
 *
 * <pre>
 * java -cp "benchmarks/target/quotetrail-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     io.quotetrail.benchmarks.load.LoadBenchmark --sizes 10000,100000,1000000
 * </pre>
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    /** What one run measures, settable from the command line. */
    record Options(URI gateway, URI tokenEndpoint, List<Long> sizes, long seed, int streams, int streamArticles,
                   int grpcWindow, int restWindow, int restConcurrency, int batchWindow, int batchSize,
                   int batchConcurrency, int traces, int warmup, long resumeAfter, Path report) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            List<Long> sizes = new ArrayList<>();
            for (String size : given.getOrDefault("sizes", "10000,100000,1000000").split(",")) {
                sizes.add(Long.parseLong(size.strip()));
            }
            Options options = new Options(
                    URI.create(given.getOrDefault("gateway", "http://127.0.0.1:8080")),
                    URI.create(given.getOrDefault("token-endpoint",
                            "http://127.0.0.1:8180/realms/quotetrail/protocol/openid-connect/token")),
                    List.copyOf(sizes),
                    Long.parseLong(given.getOrDefault("seed", "42")),
                    Integer.parseInt(given.getOrDefault("streams", "4")),
                    Integer.parseInt(given.getOrDefault("stream-articles", "100")),
                    Integer.parseInt(given.getOrDefault("grpc-window", "2000")),
                    Integer.parseInt(given.getOrDefault("rest-window", "1000")),
                    Integer.parseInt(given.getOrDefault("rest-concurrency", "8")),
                    Integer.parseInt(given.getOrDefault("batch-window", "2000")),
                    Integer.parseInt(given.getOrDefault("batch-size", "100")),
                    Integer.parseInt(given.getOrDefault("batch-concurrency", "4")),
                    Integer.parseInt(given.getOrDefault("traces", "500")),
                    Integer.parseInt(given.getOrDefault("warmup", "1000")),
                    Long.parseLong(given.getOrDefault("resume-after", "0")),
                    Path.of(given.getOrDefault("report", "target/load-benchmark.md")));
            Loopback.require(options.gateway());
            Loopback.require(options.tokenEndpoint());
            return options;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Tokens tokens = new Tokens(options.tokenEndpoint(), "quotetrail-cli", "editor", "editor");
        Iterator<GeneratedArticle> corpus = new CorpusGenerator(options.seed(), CorpusGenerator.Options.defaults())
                .articles().iterator();
        // A copy of a store loaded before holds the corpus's first articles already: continue after them,
        // so that every run on such a copy ingests the same new articles.
        for (long skipped = 0; skipped < options.resumeAfter() && corpus.hasNext(); skipped++) {
            corpus.next();
        }
        TraceSamples samples = new TraceSamples(options.seed(), 20_000);
        Loaded loaded = new Loaded();

        GrpcIngest grpc = new GrpcIngest(options.gateway(), tokens, options.streams(), options.streamArticles());
        RestIngest rest = new RestIngest(options.gateway(), tokens, options.restConcurrency());
        RestIngest restBatches = new RestIngest(options.gateway(), tokens, options.batchConcurrency());
        TraceProbe probe = new TraceProbe(options.gateway(), tokens);
        List<Row> rows = new ArrayList<>();
        try {
            // Freshly started services run slowly until the JIT has compiled their hot paths: the first
            // measured window would report the compiler's cost. These articles stay in the store.
            if (options.warmup() > 0) {
                grpc.ingestArticles(corpus, loaded, samples, options.warmup());
                rest.ingestArticles(corpus, loaded, samples, options.warmup() / 2);
                probe.run(samples.pasted(Math.min(100, options.traces())));
                System.out.printf(Locale.ROOT, "warmed up with %,d articles (%,d occurrences)%n",
                        loaded.articles(), loaded.occurrences());
            }
            for (long size : options.sizes()) {
                // Fill up to the size (leaving room for the measured windows), fast, over gRPC streams.
                long fillTarget = size - (long) (options.grpcWindow() + options.restWindow() + options.batchWindow())
                        * averageOccurrences(loaded);
                if (loaded.occurrences() < fillTarget) {
                    Throughput fill = grpc.ingestUntil(corpus, loaded, samples, fillTarget);
                    System.out.printf(Locale.ROOT, "filled to %,d occurrences (%,d articles, %.0f articles/s)%n",
                            loaded.occurrences(), loaded.articles(), fill.articlesPerSecond());
                }
                Throughput grpcWindow = grpc.ingestArticles(generated(corpus, options.grpcWindow()), loaded, samples,
                        options.grpcWindow());
                Throughput restWindow = rest.ingestArticles(generated(corpus, options.restWindow()), loaded, samples,
                        options.restWindow());
                Throughput batchWindow = restBatches.ingestBatches(generated(corpus, options.batchWindow()), loaded,
                        samples, options.batchWindow(), options.batchSize());
                TraceProbe.Result traces = probe.run(samples.pasted(options.traces()));
                Memory memory = Memory.now();
                Row row = new Row(size, loaded.occurrences(), loaded.articles(), grpcWindow, restWindow, batchWindow,
                        traces, memory);
                rows.add(row);
                System.out.println(row.describe());
            }
        } finally {
            grpc.close();
        }
        String report = Row.table(rows, options);
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), report);
        System.out.println();
        System.out.println(report);
    }

    /**
     * The next articles of the corpus, generated before a measured window opens: the generator
     * shares the machine, and its work is not the system's.
     */
    private static Iterator<GeneratedArticle> generated(Iterator<GeneratedArticle> corpus, int count) {
        List<GeneratedArticle> articles = new ArrayList<>(count);
        while (articles.size() < count && corpus.hasNext()) {
            articles.add(corpus.next());
        }
        return articles.iterator();
    }

    /** Generated articles carry about this many occurrences each; used only to size the fill. */
    private static long averageOccurrences(Loaded loaded) {
        return loaded.articles() == 0 ? 5 : Math.max(1, Math.round((double) loaded.occurrences() / loaded.articles()));
    }

    /** One size's figures. */
    record Row(long target, long occurrences, long articles, Throughput grpc, Throughput rest, Throughput batch,
               TraceProbe.Result traces, Memory memory) {

        String describe() {
            return String.format(Locale.ROOT, "%,d occurrences: gRPC %.0f articles/s, REST %.0f articles/s,"
                            + " REST batches %.0f articles/s, trace p50 %.1f ms p99 %.1f ms (%d/%d found), RSS %s",
                    occurrences, grpc.articlesPerSecond(), rest.articlesPerSecond(), batch.articlesPerSecond(),
                    traces.p50Millis(),
                    traces.p99Millis(), traces.found(), traces.count(), memory.describe());
        }

        static String table(List<Row> rows, Options options) {
            StringBuilder out = new StringBuilder();
            out.append("| occurrences stored | articles | ingest gRPC stream (articles/s) | ingest REST (articles/s)"
                    + " | ingest REST batch (articles/s)"
                    + " | trace p50 (ms) | trace p99 (ms) | traces matched | gateway RSS | quote-service RSS"
                    + " | source-service RSS | PostgreSQL RSS |\n");
            out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                out.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f | %.0f | %.0f | %.1f | %.1f | %d/%d | %s | %s | %s | %s |%n",
                        r.occurrences, r.articles, r.grpc.articlesPerSecond(), r.rest.articlesPerSecond(),
                        r.batch.articlesPerSecond(),
                        r.traces.p50Millis(), r.traces.p99Millis(), r.traces.found(), r.traces.count(),
                        Memory.mib(r.memory.gateway()), Memory.mib(r.memory.quoteService()),
                        Memory.mib(r.memory.sourceService()), Memory.mib(r.memory.postgres())));
            }
            out.append(String.format(Locale.ROOT, "%nWindows per size: %d articles over %d gRPC streams, %d over REST"
                            + " with %d concurrent requests, %d over REST in batches of %d with %d concurrent requests,"
                            + " %d traces one after another. Seed %d; warm-up %d articles"
                            + " over gRPC and %d over REST before the first size.%n",
                    options.grpcWindow(), options.streams(), options.restWindow(), options.restConcurrency(),
                    options.batchWindow(), options.batchSize(), options.batchConcurrency(), options.traces(), options.seed(), options.warmup(), options.warmup() / 2));
            return out.toString();
        }
    }

    /** Articles and occurrences stored so far, as the system reported them. */
    static final class Loaded {
        private long articles;
        private long occurrences;

        synchronized void add(int occurrencesOfArticle) {
            articles++;
            occurrences += occurrencesOfArticle;
        }

        synchronized long articles() {
            return articles;
        }

        synchronized long occurrences() {
            return occurrences;
        }
    }

    /** Articles per second over one measured window. */
    record Throughput(long articles, long occurrences, long failures, Duration took) {
        double articlesPerSecond() {
            return took.isZero() ? 0 : articles * 1e9 / took.toNanos();
        }
    }
}
