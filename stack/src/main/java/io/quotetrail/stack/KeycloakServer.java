package io.quotetrail.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak server, from the {@code keycloak-quarkus-dist} archive in the local Maven
 * repository, on 127.0.0.1. The distribution is unpacked and built ({@code kc.sh build}) once
 * into a cache directory; every server gets its own home (scripts, data, imported realms) that
 * links to the shared build, so tests and the local run can run side by side.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String BOOTSTRAP_ADMIN = "bootstrap-admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final Path home;
    private final int httpPort;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, Path home, int httpPort, String adminPassword) {
        this.process = process;
        this.home = home;
        this.httpPort = httpPort;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak and imports the given realm files; returns once it reports ready.
     *
     * @param httpPort   0 for a free port
     * @param realmFiles realm exports to import at start
     */
    public static KeycloakServer start(int httpPort, Path... realmFiles) {
        return startIn(null, httpPort, Map.of(), realmFiles);
    }

    /**
     * @param dataDirectory where this server keeps its state between runs; {@code null} for a
     *                      throw-away home
     */
    public static KeycloakServer startIn(Path dataDirectory, int httpPort, Path... realmFiles) {
        return startIn(dataDirectory, httpPort, Map.of(), realmFiles);
    }

    /**
     * @param environment variables for the server, such as those the realm files' {@code ${NAME:default}}
     *                    placeholders read at import
     */
    public static KeycloakServer startIn(Path dataDirectory, int httpPort, Map<String, String> environment,
                                         Path... realmFiles) {
        Path distribution = builtDistribution();
        int port = httpPort == 0 ? Ports.free() : httpPort;
        int managementPort = Ports.free();
        try {
            Path home = dataDirectory != null ? dataDirectory : Files.createTempDirectory("quotetrail-keycloak-");
            prepareHome(distribution, home, realmFiles);
            String adminPassword = Long.toHexString(Double.doubleToLongBits(Math.random()));
            List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + managementPort, "--hostname-strict=false",
                    "--cache=local", "--import-realm",
                    "--db-url=jdbc:h2:file:" + home.resolve("data/h2/keycloakdb") + ";NON_KEYWORDS=VALUE");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile());
            Map<String, String> env = builder.environment();
            env.putAll(environment);
            env.put("JAVA_HOME", javaHome());
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(process, home, port, adminPassword);
            server.awaitReady(managementPort);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    /** The issuer of tokens of a realm, as quarkus-oidc's auth-server-url expects it. */
    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** An access token from the resource-owner password grant. */
    public String token(String realm, String clientId, String username, String password) {
        return tokenResponse(realm, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password)).get("access_token").asText();
    }

    /** An access token of the bootstrap administrator, for the admin REST API. */
    public String adminToken() {
        return token("master", "admin-cli", BOOTSTRAP_ADMIN, adminPassword);
    }

    /** Calls the admin REST API ({@code path} below {@code /admin/realms}); returns the status. */
    public int admin(String method, String path, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .timeout(Duration.ofSeconds(30))
                .build();
        return send(request).statusCode();
    }

    /** Reads from the admin REST API ({@code path} below {@code /admin/realms}); fails unless the answer is 200. */
    public JsonNode adminRead(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + adminToken())
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /admin/realms" + path + " failed: " + response.statusCode()
                    + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode tokenResponse(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request to realm " + realm + " failed: "
                    + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(int managementPort) {
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(home.resolve("keycloak.log"))) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    private static void prepareHome(Path distribution, Path home, Path[] realmFiles) throws IOException {
        // Own copy of bin/ so kc.sh takes this directory as its home; the heavy parts are shared.
        Path bin = Files.createDirectories(home.resolve("bin"));
        try (Stream<Path> scripts = Files.list(distribution.resolve("bin"))) {
            for (Path script : scripts.filter(Files::isRegularFile).toList()) {
                Files.copy(script, bin.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String shared : List.of("lib", "providers", "themes", "conf")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, distribution.resolve(shared));
            }
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        for (Path realm : realmFiles) {
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Unpacks and builds the distribution once per version (see {@link ToolCache}). */
    private static Path builtDistribution() {
        String version = version();
        return ToolCache.prepared("keycloak-" + version, distribution -> {
            // The archive holds one folder, keycloak-<version>: it unpacks to this very directory.
            unzip(distributionArchive(version), distribution.getParent());
            Path log = distribution.getParent().resolve("keycloak-build.log");
            ProcessBuilder builder = new ProcessBuilder("bash", distribution.resolve("bin/kc.sh").toString(),
                    "build", "--db=dev-file", "--health-enabled=true")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome());
            if (builder.start().waitFor() != 0) {
                throw new IllegalStateException("kc.sh build failed; see " + log);
            }
        });
    }

    private static Path distributionArchive(String version) {
        String explicit = System.getProperty("quotetrail.keycloak.zip");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path repository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        Path archive = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + version
                + "/keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("Keycloak distribution not found at " + archive
                    + "; build the project with Maven first (it downloads it), or set -Dquotetrail.keycloak.zip");
        }
        return archive;
    }

    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String version() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("stack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keycloak needs Java 21+: this JVM when it is recent enough, else -Dquotetrail.keycloak.java-home. */
    static String javaHome() {
        String explicit = System.getProperty("quotetrail.keycloak.java-home");
        if (explicit != null) {
            return explicit;
        }
        if (Runtime.version().feature() >= 21) {
            return System.getProperty("java.home");
        }
        throw new IllegalStateException("Keycloak needs Java 21+; run with a JDK 21+ or set -Dquotetrail.keycloak.java-home");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
