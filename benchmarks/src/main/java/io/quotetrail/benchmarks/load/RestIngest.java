package io.quotetrail.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotetrail.benchmarks.corpus.GeneratedArticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** {@code POST /api/v1/articles} from a fixed number of concurrent clients. */
final class RestIngest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI articles;
    private final Tokens tokens;
    private final int concurrency;

    RestIngest(URI gateway, Tokens tokens, int concurrency) {
        this.articles = gateway.resolve("/api/v1/articles");
        this.tokens = tokens;
        this.concurrency = concurrency;
    }

    LoadBenchmark.Throughput ingestArticles(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                            TraceSamples samples, int count) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong occurrences = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    GeneratedArticle article;
                    while ((article = next(corpus, done, count)) != null) {
                        int stored = post(article);
                        if (stored < 0) {
                            failures.incrementAndGet();
                        } else {
                            loaded.add(stored);
                            occurrences.addAndGet(stored);
                            samples.offer(article);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        return new LoadBenchmark.Throughput(count - failures.get(), occurrences.get(), failures.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static GeneratedArticle next(Iterator<GeneratedArticle> corpus, AtomicLong taken, int count) {
        synchronized (corpus) {
            if (taken.get() >= count || !corpus.hasNext()) {
                return null;
            }
            taken.incrementAndGet();
            return corpus.next();
        }
    }

    /** The number of quotations stored for the article, or -1 when the gateway refused it. */
    private int post(GeneratedArticle article) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", article.externalId());
        body.put("text", article.text());
        body.put("outlet", article.outlet());
        body.put("url", article.url());
        body.put("publishedAt", article.publishedAt());
        body.put("language", article.language());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(articles).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + tokens.current())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            System.err.println("REST ingest of " + article.externalId() + " answered " + response.statusCode()
                    + ": " + response.body());
            return -1;
        }
        return JSON.readTree(response.body()).path("quotes").size();
    }
}
