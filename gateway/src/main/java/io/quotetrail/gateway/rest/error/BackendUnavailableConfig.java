package io.quotetrail.gateway.rest.error;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a 503 caused by an unavailable or slow backend is answered. */
@ConfigMapping(prefix = "quotetrail.gateway.unavailable")
public interface BackendUnavailableConfig {

    /** Sent as Retry-After (whole seconds). */
    @WithDefault("5s")
    Duration retryAfter();
}
