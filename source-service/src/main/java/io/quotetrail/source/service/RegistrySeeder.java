package io.quotetrail.source.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.quotetrail.source.model.SourceKind;
import io.quotetrail.source.service.SourceRegistryService.SeedSource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the seed registry file into the database at startup; loading it again changes nothing. */
@ApplicationScoped
public class RegistrySeeder {

    private static final Logger LOG = Logger.getLogger(RegistrySeeder.class);
    /** Two replicas starting together may deadlock on the same names; one of them tries again. */
    private static final int RETRIES = 3;

    private final SourceRegistryService registry;
    private final boolean enabled;
    private final String resource;

    @Inject
    public RegistrySeeder(SourceRegistryService registry,
                          @ConfigProperty(name = "quotetrail.source.seed.enabled", defaultValue = "true") boolean enabled,
                          @ConfigProperty(name = "quotetrail.source.seed.resource", defaultValue = "registry/sources.json")
                          String resource) {
        this.registry = registry;
        this.enabled = enabled;
        this.resource = resource;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!enabled) {
            LOG.info("Seed registry disabled");
            return;
        }
        List<SeedSource> seeds = read(resource);
        Integer created = VertxContextSupport.subscribeAndAwait(() -> Uni.createFrom()
                .deferred(() -> registry.seed(seeds))
                .onFailure(DatabaseFailures::isRetryable).retry().atMost(RETRIES));
        LOG.infof("Seed registry %s: %d sources, %d of them new", resource, seeds.size(), created);
    }

    /** Reads a seed file: {@code {"sources": [{"name", "kind", "aliases", "domains", "externalId"}]}}. */
    public static List<SeedSource> read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing seed registry resource " + resource);
            }
            JsonArray entries = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getJsonArray("sources");
            List<SeedSource> seeds = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                JsonObject entry = entries.getJsonObject(i);
                seeds.add(new SeedSource(
                        entry.getString("name"),
                        SourceKind.valueOf(entry.getString("kind")),
                        strings(entry.getJsonArray("aliases")),
                        strings(entry.getJsonArray("domains")),
                        entry.getString("externalId")));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                values.add(array.getString(i));
            }
        }
        return values;
    }
}
