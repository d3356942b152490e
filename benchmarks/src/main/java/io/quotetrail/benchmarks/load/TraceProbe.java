package io.quotetrail.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code POST /api/v1/trace}, one request after another, as a reader pasting quotes would. */
final class TraceProbe {

    /** A best match at least this close counts as the quote found. */
    private static final double FOUND = 0.6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI trace;
    private final Tokens tokens;

    TraceProbe(URI gateway, Tokens tokens) {
        this.trace = gateway.resolve("/api/v1/trace");
        this.tokens = tokens;
    }

    record Result(int count, int found, int failed, long[] nanos) {
        double p50Millis() {
            return Percentiles.millis(nanos, 50);
        }

        double p99Millis() {
            return Percentiles.millis(nanos, 99);
        }
    }

    Result run(List<String> pasted) throws IOException, InterruptedException {
        // A few traces first, unmeasured: the first calls pay for connections and JIT compilation.
        for (String text : pasted.subList(0, Math.min(10, pasted.size()))) {
            send(text);
        }
        long[] nanos = new long[pasted.size()];
        int found = 0;
        int failed = 0;
        for (int i = 0; i < pasted.size(); i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = send(pasted.get(i));
            nanos[i] = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                failed++;
                continue;
            }
            JsonNode matches = JSON.readTree(response.body()).path("matches");
            if (!matches.isEmpty() && matches.get(0).path("similarity").asDouble() >= FOUND) {
                found++;
            }
        }
        return new Result(pasted.size(), found, failed, nanos);
    }

    private HttpResponse<String> send(String text) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(trace).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + tokens.current())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
