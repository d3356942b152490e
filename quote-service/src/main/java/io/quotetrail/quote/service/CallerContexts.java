package io.quotetrail.quote.service;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/**
 * The caller's Vert.x context as an executor: the gRPC client answers on its own threads, while
 * the database session lives on the caller's context, so work after a call to source-service goes
 * back there.
 */
final class CallerContexts {

    private CallerContexts() {
    }

    /** The current context, or {@code null} outside one. */
    static Executor current() {
        Context context = Vertx.currentContext();
        return context == null ? null : task -> context.runOnContext(ignored -> task.run());
    }
}
