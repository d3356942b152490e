package io.quotetrail.source.service;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Classifies failures of the database by what a caller can do about them. */
public final class DatabaseFailures {

    /** Serialization failure and deadlock: running the transaction again succeeds. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
    /** Shutdown in progress, cannot connect now, too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private static final int MAX_CAUSES = 32;

    private DatabaseFailures() {
    }

    /** True when the same transaction, run again, may well succeed. */
    public static boolean isRetryable(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof DatabaseException db && RETRYABLE_STATES.contains(db.getSqlState())) {
                return true;
            }
            if (t instanceof ConcurrentChangeException) {
                return true;
            }
        }
        return false;
    }

    /** True when the database cannot be reached or refuses work for now. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof ClosedChannelException
                    || t instanceof ClosedConnectionException || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof DatabaseException db && db.getSqlState() != null
                    && (db.getSqlState().startsWith("08") || UNAVAILABLE_STATES.contains(db.getSqlState()))) {
                return true;
            }
        }
        return false;
    }

    /** The failure and its causes, outermost first (bounded: cause chains may loop). */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MAX_CAUSES && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The registry changed under a running transaction in a way a retry resolves. */
    public static final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(String message) {
            super(message, null, false, false);
        }
    }
}
