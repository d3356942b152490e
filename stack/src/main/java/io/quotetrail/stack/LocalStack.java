package io.quotetrail.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on embedded defaults: PostgreSQL, Keycloak, source-service, quote-service and
 * the gateway on loopback; ingests a corpus through the gateway, prints what was extracted and
 * keeps running until stopped. State lives in the work directory, so a second run finds
 * everything already there and duplicates nothing.
 *
 * <p>Usage: {@code LocalStack <project-dir> <work-dir> [corpus-manifest.jsonl]}
 */
public final class LocalStack {

    static final int GATEWAY_PORT = 8080;
    static final int SOURCE_PORT = 9101;
    static final int QUOTE_PORT = 9102;
    static final int KEYCLOAK_PORT = 8180;
    static final int POSTGRES_PORT = 5433;
    static final String REALM = "quotetrail";
    static final String CLIENT = "quotetrail-cli";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream out = System.out;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalStack <project-dir> <work-dir> [corpus-manifest.jsonl]");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Path.of(args[1]).toAbsolutePath().normalize();
        Path manifest = args.length > 2 ? Path.of(args[2]).toAbsolutePath().normalize() : null;
        LocalStack stack = new LocalStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "quotetrail-stop"));
        try {
            stack.run(project, work, manifest);
        } catch (RuntimeException e) {
            System.err.println("QuoteTrail could not start: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void run(Path project, Path work, Path manifest) throws IOException {
        for (int port : List.of(GATEWAY_PORT, SOURCE_PORT, QUOTE_PORT, KEYCLOAK_PORT, POSTGRES_PORT)) {
            if (Ports.inUse(port)) {
                throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken; stop what uses it first");
            }
        }
        Path logs = Files.createDirectories(work.resolve("logs"));
        step("PostgreSQL (embedded) on 127.0.0.1:" + POSTGRES_PORT);
        PostgresServer postgres = keep(PostgresServer.start(work.resolve("postgres"), POSTGRES_PORT))
                .createDatabase("quotetrail_source").createDatabase("quotetrail_quote");

        step("Keycloak on 127.0.0.1:" + KEYCLOAK_PORT + " (realm " + REALM + ")");
        KeycloakServer keycloak = keep(KeycloakServer.startIn(work.resolve("keycloak"), KEYCLOAK_PORT,
                RealmFiles.realmWithDevUsers(project)));
        String issuer = keycloak.issuer(REALM);

        step("source-service on 127.0.0.1:" + SOURCE_PORT);
        keep(ServiceProcess.start("source-service", jar(project, "source-service"),
                database(postgres, "quotetrail_source", issuer), SOURCE_PORT, logs.resolve("source-service.log")));

        step("quote-service on 127.0.0.1:" + QUOTE_PORT);
        Map<String, String> quoteConfig = new java.util.TreeMap<>(database(postgres, "quotetrail_quote", issuer));
        quoteConfig.put("quarkus.grpc.clients.source.host", "127.0.0.1");
        quoteConfig.put("quarkus.grpc.clients.source.port", Integer.toString(SOURCE_PORT));
        keep(ServiceProcess.start("quote-service", jar(project, "quote-service"), quoteConfig, QUOTE_PORT,
                logs.resolve("quote-service.log")));

        step("gateway on 127.0.0.1:" + GATEWAY_PORT);
        keep(ServiceProcess.start("gateway", jar(project, "gateway"), Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.grpc.clients.quote.host", "127.0.0.1",
                "quarkus.grpc.clients.quote.port", Integer.toString(QUOTE_PORT),
                "quarkus.grpc.clients.source.host", "127.0.0.1",
                "quarkus.grpc.clients.source.port", Integer.toString(SOURCE_PORT)),
                GATEWAY_PORT, logs.resolve("gateway.log")));

        if (manifest != null) {
            String editor = keycloak.token(REALM, CLIENT, "editor", "editor");
            report(ingest(manifest, editor));
        } else {
            out.println("\nNo corpus found to ingest.");
        }
        instructions(logs);
    }

    private static Map<String, String> database(PostgresServer postgres, String database, String issuer) {
        return Map.of(
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.oidc.auth-server-url", issuer);
    }

    private static Path jar(Path project, String module) {
        return project.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Sends every article of a scorer-format manifest (JSONL) to the gateway.
     *
     * @return the stored articles as the gateway answered them (new or already there), in manifest order
     */
    private List<JsonNode> ingest(Path manifest, String token) throws IOException {
        out.println("\nIngesting " + manifest);
        List<JsonNode> stored = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = JSON.readTree(line);
            ObjectNode body = JSON.createObjectNode();
            body.put("externalId", entry.path("id").asText());
            body.put("text", Files.readString(manifest.resolveSibling(entry.path("file").asText()), StandardCharsets.UTF_8));
            for (String field : List.of("outlet", "url", "publishedAt", "language")) {
                if (entry.hasNonNull(field)) {
                    body.put(field, entry.get(field).asText());
                }
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/v1/articles"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            String outcome = switch (response.statusCode()) {
                case 201 -> "ingested";
                case 200 -> "already there";
                default -> "FAILED " + response.statusCode() + " " + response.body();
            };
            out.printf("  %-12s %s%n", entry.path("id").asText(), outcome);
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                stored.add(JSON.readTree(response.body()));
            }
        }
        return stored;
    }

    /**
     * Prints each article of the corpus with its quotations, speakers and chains: only these, however many
     * articles the store holds (a store loaded by the benchmark holds hundreds of thousands).
     */
    private void report(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            out.printf("%n== %s  %s  %s%n", article.path("externalId").asText("-"),
                    article.path("outlet").path("name").asText("(outlet unknown)"),
                    article.path("publishedAt").asText(""));
            for (JsonNode quote : article.path("quotes")) {
                StringBuilder chain = new StringBuilder();
                for (JsonNode hop : quote.path("chain")) {
                    chain.append(chain.isEmpty() ? "" : " -> ").append(hop.path("name").asText());
                }
                out.printf("  [%s] \u201c%s\u201d%n      speaker: %s%s%n      chain:   %s%n",
                        quote.path("kind").asText(), abbreviate(quote.path("text").asText(), 110),
                        quote.path("speaker").path("name").asText("(unknown)"),
                        quote.path("medium").isTextual() ? "   medium: " + quote.path("medium").asText() : "",
                        chain.isEmpty() ? "(none)" : chain);
            }
        }
    }

    private void instructions(Path logs) {
        String token = "TOKEN=$(curl -s -d grant_type=password -d client_id=" + CLIENT
                + " -d username=editor -d password=editor http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/" + REALM
                + "/protocol/openid-connect/token | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"access_token\"])')";
        out.println("""

                QuoteTrail is running. Press Ctrl+C to stop everything it started.
                  web app            http://127.0.0.1:%d/app   (sign in as editor/editor)
                  gateway (REST)     http://127.0.0.1:%d   (OpenAPI UI: http://127.0.0.1:%d/q/swagger-ui)
                  source-service     127.0.0.1:%d (gRPC)
                  quote-service      127.0.0.1:%d (gRPC)
                  Keycloak           http://127.0.0.1:%d   (users reader/reader, editor/editor, admin/admin)
                  logs               %s

                Get a token (users: reader, editor, admin; password = user name):
                  %s
                Call the REST API:
                  curl -s -H "Authorization: Bearer $TOKEN" http://127.0.0.1:%d/api/v1/export
                  curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                       -d '{"text":"\\"We will win,\\" the mayor said."}' http://127.0.0.1:%d/api/v1/articles
                Call gRPC through the gateway (grpcurl; server reflection is off, the contracts are in proto/):
                  grpcurl -plaintext -import-path proto/src/main/proto -proto quotetrail/quote/v1/quote_service.proto \\
                       -H "authorization: Bearer $TOKEN" 127.0.0.1:%d quotetrail.quote.v1.QuoteService/ExportArticles
                """.formatted(GATEWAY_PORT, GATEWAY_PORT, GATEWAY_PORT, SOURCE_PORT, QUOTE_PORT, KEYCLOAK_PORT, logs, token,
                GATEWAY_PORT, GATEWAY_PORT, GATEWAY_PORT));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + GATEWAY_PORT + path);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private <T extends AutoCloseable> T keep(T resource) {
        started.push(resource);
        return resource;
    }

    private void step(String what) {
        out.println("starting " + what);
    }

    /** Stops everything in reverse start order. */
    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }
}
