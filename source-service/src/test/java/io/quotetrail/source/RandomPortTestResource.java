package io.quotetrail.source;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quotetrail.stack.Ports;

import java.util.Map;

/**
 * Serves the application under test on a free loopback port (several builds share the machine) and
 * points the test's gRPC client {@code source} at it.
 */
public class RandomPortTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT = "source";

    @Override
    public Map<String, String> start() {
        String port = Integer.toString(Ports.free());
        return Map.of(
                "quarkus.http.test-port", port,
                "quarkus.grpc.clients." + CLIENT + ".host", "127.0.0.1",
                "quarkus.grpc.clients." + CLIENT + ".port", port,
                "quarkus.grpc.clients." + CLIENT + ".test-port", port);
    }

    @Override
    public void stop() {
        // nothing to release: the port belongs to the application
    }
}
