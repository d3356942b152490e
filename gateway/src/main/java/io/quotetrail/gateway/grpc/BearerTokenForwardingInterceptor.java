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
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Passes the caller's bearer token on to the backends as {@code authorization} metadata, so that every
 * service checks the same identity and roles the gateway did.
 *
 * <p>Calls made outside an HTTP request (the readiness probe) carry no token, and a call that already has
 * an {@code authorization} header keeps it.
 */
@GlobalInterceptor
@ApplicationScoped
public class BearerTokenForwardingInterceptor implements ClientInterceptor {

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final CurrentIdentityAssociation identities;

    public BearerTokenForwardingInterceptor(CurrentIdentityAssociation identities) {
        this.identities = identities;
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
        SecurityIdentity identity = identities.getIdentity();
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
