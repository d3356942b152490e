package io.quotetrail.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * REST ingest from a fixed number of concurrent clients: one article a request ({@code POST /api/v1/articles})
 * or a batch of articles a request ({@code POST /api/v1/articles/batch}).
 */
final class RestIngest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI articles;
    private final URI batches;
    private final Tokens tokens;
    private final int concurrency;

    RestIngest(URI gateway, Tokens tokens, int concurrency) {
        this.articles = gateway.resolve("/api/v1/articles");
        this.batches = gateway.resolve("/api/v1/articles/batch");
        this.tokens = tokens;
        this.concurrency = concurrency;
    }

    /** {@code count} articles, one a request. */
    LoadBenchmark.Throughput ingestArticles(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                            TraceSamples samples, int count) throws Exception {
        return run(corpus, loaded, samples, count, 1, false);
    }

    /** {@code count} articles, {@code batchSize} a request. */
    LoadBenchmark.Throughput ingestBatches(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                           TraceSamples samples, int count, int batchSize) throws Exception {
        return run(corpus, loaded, samples, count, batchSize, true);
    }

    private LoadBenchmark.Throughput run(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                         TraceSamples samples, int count, int perRequest, boolean batch) throws Exception {
        AtomicLong taken = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong occurrences = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    List<GeneratedArticle> request;
                    while (!(request = take(corpus, taken, count, perRequest)).isEmpty()) {
                        List<Integer> results = batch ? postBatch(request) : List.of(post(request.get(0)));
                        for (int i = 0; i < request.size(); i++) {
                            int n = i < results.size() ? results.get(i) : -1;
                            if (n < 0) {
                                failures.incrementAndGet();
                            } else {
                                loaded.add(n);
                                stored.incrementAndGet();
                                occurrences.addAndGet(n);
                                samples.offer(request.get(i));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        return new LoadBenchmark.Throughput(stored.get(), occurrences.get(), failures.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<GeneratedArticle> take(Iterator<GeneratedArticle> corpus, AtomicLong taken, int count, int max) {
        List<GeneratedArticle> articles = new ArrayList<>(max);
        synchronized (corpus) {
            while (articles.size() < max && taken.get() < count && corpus.hasNext()) {
                articles.add(corpus.next());
                taken.incrementAndGet();
            }
        }
        return articles;
    }

    /** The number of quotations stored for the article, or -1 when the gateway refused it. */
    private int post(GeneratedArticle article) throws IOException, InterruptedException {
        HttpResponse<String> response = send(articles, body(article));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            System.err.println("REST ingest of " + article.externalId() + " answered " + response.statusCode()
                    + ": " + response.body());
            return -1;
        }
        return JSON.readTree(response.body()).path("quotes").size();
    }

    /** Per article of the batch, in order, the quotations stored, or -1 where it was refused. */
    private List<Integer> postBatch(List<GeneratedArticle> batch) throws IOException, InterruptedException {
        List<Map<String, Object>> bodies = batch.stream().map(RestIngest::body).toList();
        HttpResponse<String> response = send(batches, Map.of("articles", bodies));
        List<Integer> stored = new ArrayList<>(batch.size());
        if (response.statusCode() != 200) {
            System.err.println("REST batch of " + batch.size() + " from " + batch.get(0).externalId() + " answered "
                    + response.statusCode() + ": " + response.body());
            return stored;
        }
        for (JsonNode result : JSON.readTree(response.body()).path("results")) {
            int status = result.path("status").asInt();
            if (status == 201 || status == 200) {
                stored.add(result.path("article").path("quotes").size());
            } else {
                System.err.println("REST batch ingest of " + batch.get(result.path("index").asInt()).externalId()
                        + " answered " + status + ": " + result.path("error"));
                stored.add(-1);
            }
        }
        return stored;
    }

    private static Map<String, Object> body(GeneratedArticle article) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", article.externalId());
        body.put("text", article.text());
        body.put("outlet", article.outlet());
        body.put("url", article.url());
        body.put("publishedAt", article.publishedAt());
        body.put("language", article.language());
        return body;
    }

    private HttpResponse<String> send(URI uri, Object body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + tokens.current())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
