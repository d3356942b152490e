package io.quotetrail.quote.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the {@link SourceServiceDouble} test double and points quote-service's client at it. */
public class SourceServiceDoubleResource implements QuarkusTestResourceLifecycleManager {

    private static volatile SourceServiceDouble instance;

    public static SourceServiceDouble sourceService() {
        return instance;
    }

    @Override
    public Map<String, String> start() {
        instance = SourceServiceDouble.start(0);
        return Map.of(
                "quarkus.grpc.clients.source.host", "127.0.0.1",
                "quarkus.grpc.clients.source.port", Integer.toString(instance.port()),
                // In test mode the client dials its test port, not its port.
                "quarkus.grpc.clients.source.test-port", Integer.toString(instance.port()));
    }

    @Override
    public void stop() {
        if (instance != null) {
            instance.stop();
        }
    }
}
