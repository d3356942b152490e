package io.quotetrail.proto.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.quarkus.grpc.auth.AuthExceptionHandler;
import io.quarkus.grpc.auth.AuthExceptionHandlerProvider;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * Gives security failures their gRPC statuses, for every QuoteTrail gRPC server (it lives beside
 * the contract so that all of them answer alike). Quarkus' default maps a call without a token (an
 * anonymous identity failing {@code @RolesAllowed}, i.e. {@link UnauthorizedException}) to
 * PERMISSION_DENIED; the contract wants UNAUTHENTICATED for it and PERMISSION_DENIED only for an
 * authenticated caller lacking the role. Descriptions are fixed texts, never internal messages.
 */
@Singleton
@Alternative
@Priority(1)
public class AuthErrorStatuses implements AuthExceptionHandlerProvider {

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public <ReqT, RespT> AuthExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
                                                                        ServerCall<ReqT, RespT> serverCall,
                                                                        Metadata metadata) {
        return new AuthExceptionHandler<>(listener, serverCall, metadata) {
            @Override
            protected void handleException(Throwable failure, ServerCall<ReqT, RespT> call, Metadata trailers) {
                if (handlesException(failure)) {
                    call.close(statusOf(failure), new Metadata());
                } else {
                    super.handleException(failure, call, trailers);
                }
            }
        };
    }

    @Override
    public boolean handlesException(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof SecurityException;
    }

    @Override
    public StatusException transformToStatusException(Throwable failure) {
        return new StatusException(statusOf(failure));
    }

    public static Status statusOf(Throwable failure) {
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            return Status.UNAUTHENTICATED.withDescription(
                    "a valid bearer token is required in the authorization metadata");
        }
        return Status.PERMISSION_DENIED.withDescription("the caller's roles do not allow this call");
    }
}
