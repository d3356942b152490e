package io.quotetrail.gateway.grpc;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.quarkus.arc.Arc;
import io.quarkus.grpc.GlobalInterceptor;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Passes the caller's bearer token on to the backends as {@code authorization} metadata, so that every
 * service checks the same identity and roles the gateway did.
 *
 * <p>Only an identity that the HTTP layer has already authenticated is forwarded (the REST resources'
 * {@code @RolesAllowed} checks resolve it before any backend call). The interceptor never starts authentication
 * itself: that could block the event loop, as for the readiness probe, whose calls carry no token. A call that
 * already has an {@code authorization} header keeps it.
 */
@GlobalInterceptor
@ApplicationScoped
public class BearerTokenForwardingInterceptor implements ClientInterceptor {

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final CurrentVertxRequest currentRequest;

    public BearerTokenForwardingInterceptor(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
            CallOptions callOptions, Channel next) {
        // Read the token now, on the caller's context: the call may be started from another thread later.
        Optional<String> token = currentAccessToken();
        ClientCall<ReqT, RespT> call = next.newCall(method, callOptions);
        if (token.isEmpty()) {
            return call;
        }
        return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<RespT> responseListener, Metadata headers) {
                if (!headers.containsKey(AUTHORIZATION)) {
                    headers.put(AUTHORIZATION, "Bearer " + token.get());
                }
                super.start(responseListener, headers);
            }
        };
    }

    private Optional<String> currentAccessToken() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext request = currentRequest.getCurrent();
        if (request == null || !(request.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && credential.getToken() != null) {
            return Optional.of(credential.getToken());
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            return Optional.of(jwt.getRawToken());
        }
        return Optional.empty();
    }
}
