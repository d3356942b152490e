package io.quotetrail.stack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quotetrail.stack.PostgresServer;

import java.util.Map;

/**
 * Starts a real PostgreSQL for a {@code @QuarkusTest} and points both the reactive datasource
 * (Hibernate Reactive) and the JDBC one (Flyway migrations) at a fresh database.
 * The database name can be set with the init arg {@code database}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database = "quotetrail_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.start(null, 0).createDatabase(database);
        return Map.of(
                "quarkus.datasource.reactive.url", server.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
