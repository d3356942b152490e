package io.quotetrail.quote.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.quarkus.grpc.auth.AuthExceptionHandler;
import io.quarkus.grpc.auth.AuthExceptionHandlerProvider;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * A call without credentials reaching a role-protected method is UNAUTHENTICATED, not
 * PERMISSION_DENIED: Quarkus reports both as security exceptions, gRPC tells them apart.
 * PERMISSION_DENIED stays for an authenticated caller lacking the role.
 */
@ApplicationScoped
@Alternative
@Priority(1) // replaces Quarkus' default provider wherever one provider is looked up
public class AnonymousCallerStatus implements AuthExceptionHandlerProvider {

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public <ReqT, RespT> AuthExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
                                                                         ServerCall<ReqT, RespT> call,
                                                                         Metadata metadata) {
        return new AuthExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable failure, ServerCall<ReqT, RespT> serverCall, Metadata trailers) {
                if (failure instanceof UnauthorizedException || failure instanceof AuthenticationException) {
                    serverCall.close(unauthenticated(), trailers);
                } else {
                    super.handleException(failure, serverCall, trailers);
                }
            }
        };
    }

    @Override
    public StatusException transformToStatusException(Throwable failure) {
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationException) {
            return unauthenticated().asException();
        }
        return Status.PERMISSION_DENIED.withDescription("the token lacks the required role").asException();
    }

    @Override
    public boolean handlesException(Throwable failure) {
        return failure instanceof SecurityException || failure instanceof AuthenticationException;
    }

    private static Status unauthenticated() {
        return Status.UNAUTHENTICATED.withDescription("a valid bearer token is required");
    }
}
