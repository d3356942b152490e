package io.quotetrail.gateway.grpc;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-call deadlines of the gateway's gRPC calls.
 *
 * <p>Deliberately not {@code quarkus.grpc.clients.<name>.deadline}: in Quarkus 3.34 that key is applied once,
 * with {@code withDeadlineAfter} on the injected stub, so it fixes one absolute instant for every later call
 * and the client starts failing with DEADLINE_EXCEEDED once that much time has passed since startup
 * (quarkusio/quarkus#41947). These durations are turned into a fresh deadline for each call instead.
 */
@ConfigMapping(prefix = "quotetrail.gateway.deadline")
public interface BackendCallConfig {

    /** Ingesting one article: extraction, name resolution through source-service and the write. */
    @WithDefault("10s")
    Duration ingest();

    /** Reading one article or the export. */
    @WithDefault("5s")
    Duration read();

    /** Editing the source registry: adding aliases, merging two sources. */
    @WithDefault("5s")
    Duration edit();

    /**
     * quote-service rewriting its stored references to a merged source: a batch of rows per transaction, as many
     * batches as the merged source has rows (a source quoted in tens of thousands of articles takes seconds).
     */
    @WithDefault("60s")
    Duration sourceMerge();

    /** One grpc.health.v1 Health/Check of a backend for the readiness probe. */
    @WithDefault("2s")
    Duration health();
}
