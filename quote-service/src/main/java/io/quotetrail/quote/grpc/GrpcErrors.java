package io.quotetrail.quote.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quotetrail.quote.service.NotFoundException;
import io.quotetrail.quote.service.DependencyRejectedException;
import io.quotetrail.quote.service.DependencyUnavailableException;
import io.quotetrail.quote.service.FailedPreconditionException;
import io.quotetrail.quote.service.InvalidArgumentException;
import java.net.ConnectException;
import org.jboss.logging.Logger;

/**
 * Turns failures into gRPC statuses with messages safe to show: the field for bad input, the
 * dependency for an outage, and nothing internal otherwise.
 */
public final class GrpcErrors {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {
    }

    public static StatusRuntimeException toStatus(Throwable failure) {
        return status(failure).asRuntimeException();
    }

    public static Status status(Throwable failure) {
        if (failure instanceof StatusRuntimeException sre) {
            return sre.getStatus();
        }
        if (failure instanceof InvalidArgumentException e) {
            return Status.INVALID_ARGUMENT.withDescription(e.getMessage());
        }
        if (failure instanceof NotFoundException e) {
            return Status.NOT_FOUND.withDescription(e.getMessage());
        }
        if (failure instanceof FailedPreconditionException e) {
            return Status.FAILED_PRECONDITION.withDescription(e.getMessage());
        }
        if (failure instanceof DependencyUnavailableException e) {
            return Status.UNAVAILABLE.withDescription(e.getMessage());
        }
        if (failure instanceof DependencyRejectedException e) {
            return Status.fromCode(e.code()).withDescription(e.getMessage());
        }
        if (failure instanceof UnauthorizedException) {
            return Status.UNAUTHENTICATED.withDescription("a valid bearer token is required");
        }
        if (failure instanceof ForbiddenException) {
            return Status.PERMISSION_DENIED.withDescription("the token lacks the required role");
        }
        if (isDatabaseUnreachable(failure)) {
            LOG.warn("database unreachable", failure);
            return Status.UNAVAILABLE.withDescription("the database is unavailable");
        }
        LOG.error("request failed", failure);
        return Status.INTERNAL.withDescription("internal error");
    }

    private static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
        }
        return false;
    }
}
