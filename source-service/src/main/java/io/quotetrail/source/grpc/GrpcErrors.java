package io.quotetrail.source.grpc;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quotetrail.source.service.DatabaseFailures;
import io.quotetrail.source.service.InvalidArgumentException;
import io.quotetrail.source.service.NameTakenException;
import io.quotetrail.source.service.PreconditionFailedException;
import io.quotetrail.source.service.SourceNotFoundException;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/**
 * Maps the registry's failures to gRPC statuses. Messages of the registry's own exceptions are
 * written for callers; anything else is logged here and reaches the caller without its details.
 */
public final class GrpcErrors {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {
    }

    /** Runs the call, turning a failure (thrown or emitted) into a gRPC status. */
    public static <T> Uni<T> mapped(Supplier<Uni<? extends T>> call) {
        return Uni.createFrom().<T>deferred(call).onFailure().transform(GrpcErrors::toStatus);
    }

    static Throwable toStatus(Throwable failure) {
        if (failure instanceof StatusRuntimeException || failure instanceof StatusException) {
            return failure;
        }
        if (failure instanceof InvalidArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(failure.getMessage()).asRuntimeException();
        }
        if (failure instanceof SourceNotFoundException) {
            return Status.NOT_FOUND.withDescription(failure.getMessage()).asRuntimeException();
        }
        if (failure instanceof NameTakenException) {
            return Status.ALREADY_EXISTS.withDescription(failure.getMessage()).asRuntimeException();
        }
        if (failure instanceof PreconditionFailedException) {
            return Status.FAILED_PRECONDITION.withDescription(failure.getMessage()).asRuntimeException();
        }
        if (failure instanceof SecurityException || failure instanceof io.quarkus.security.AuthenticationException) {
            // Left to the security layer (io.quotetrail.proto.grpc.AuthErrorStatuses).
            return failure;
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            LOG.warnf("Database unavailable: %s", failure.toString());
            return Status.UNAVAILABLE.withDescription("the source registry's database is unavailable; try again later")
                    .asRuntimeException();
        }
        LOG.error("Unexpected failure of a source registry call", failure);
        return Status.INTERNAL.withDescription("internal error").asRuntimeException();
    }
}
