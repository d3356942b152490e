package io.quotetrail.gateway.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quotetrail.stack.KeycloakServer;
import io.quotetrail.stack.Ports;
import io.quotetrail.stack.PostgresServer;
import io.quotetrail.stack.RealmFiles;
import io.quotetrail.stack.ServiceProcess;

/**
 * Starts the real system behind the gateway under test: Keycloak with the project's realm and dev users, embedded
 * PostgreSQL with one database per service, and source-service and quote-service from their built
 * {@code quarkus-run.jar}, all on free loopback ports. Service logs go to {@code target/it-logs}.
 */
public class RealStackResource implements QuarkusTestResourceLifecycleManager {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private RealStack stack;

    @Override
    public Map<String, String> start() {
        Path project = projectDirectory();
        Path logs = Path.of("target", "it-logs").toAbsolutePath();
        // Keycloak takes the longest to start; PostgreSQL starts meanwhile.
        CompletableFuture<KeycloakServer> keycloakStarting = CompletableFuture.supplyAsync(
                () -> KeycloakServer.start(0, RealmFiles.realmWithDevUsers(project)));
        try {
            Files.createDirectories(logs);
            PostgresServer postgres = keep(PostgresServer.start(null, 0))
                    .createDatabase("quotetrail_source")
                    .createDatabase("quotetrail_quote");
            KeycloakServer keycloak = keep(keycloakStarting.join());
            String issuer = keycloak.issuer(RealStack.REALM);

            ServiceProcess source = keep(ServiceProcess.start("source-service", jar(project, "source-service"),
                    serviceConfig(postgres, "quotetrail_source", issuer), Ports.free(), logs.resolve("source-service.log")));

            Map<String, String> quoteConfig = serviceConfig(postgres, "quotetrail_quote", issuer);
            quoteConfig.put("quarkus.grpc.clients.source.host", "127.0.0.1");
            quoteConfig.put("quarkus.grpc.clients.source.port", Integer.toString(source.port()));
            ServiceProcess quote = keep(ServiceProcess.start("quote-service", jar(project, "quote-service"), quoteConfig,
                    Ports.free(), logs.resolve("quote-service.log")));

            stack = new RealStack(keycloak, source, quote);
            // In test mode quarkus-grpc dials quarkus.grpc.clients.<name>.test-port.
            return Map.of(
                    "quarkus.oidc.auth-server-url", issuer,
                    "quarkus.grpc.clients.quote.host", "127.0.0.1",
                    "quarkus.grpc.clients.quote.test-port", Integer.toString(quote.port()),
                    "quarkus.grpc.clients.source.host", "127.0.0.1",
                    "quarkus.grpc.clients.source.test-port", Integer.toString(source.port()));
        } catch (Exception e) {
            // Whatever did start must not outlive the failed test run (closing Keycloak twice is harmless).
            try {
                keycloakStarting.join().close();
            } catch (RuntimeException keycloakFailedToo) {
                e.addSuppressed(keycloakFailedToo);
            }
            stop();
            throw new IllegalStateException("Could not start the real stack: " + e.getMessage(), e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stack, new TestInjector.AnnotatedAndMatchesType(InjectRealStack.class, RealStack.class));
    }

    @Override
    public void stop() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping the real stack: " + e);
            }
        }
    }

    private static Map<String, String> serviceConfig(PostgresServer postgres, String database, String issuer) {
        Map<String, String> config = new TreeMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.oidc.auth-server-url", issuer);
        return config;
    }

    /** The reactor root: -Dquotetrail.project.dir (set by the pom), else the gateway module's parent. */
    private static Path projectDirectory() {
        return Path.of(System.getProperty("quotetrail.project.dir", "..")).toAbsolutePath().normalize();
    }

    private static Path jar(Path project, String module) {
        return project.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private <T extends AutoCloseable> T keep(T resource) {
        started.push(resource);
        return resource;
    }
}
