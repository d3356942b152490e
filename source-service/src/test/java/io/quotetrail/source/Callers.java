package io.quotetrail.source;

import io.grpc.Metadata;
import io.quarkus.grpc.GrpcClientUtils;
import io.quotetrail.proto.source.v1.SourceService;
import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Bearer tokens shaped like the realm's (roles in realm_access.roles), signed for the test OIDC server. */
public final class Callers {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private Callers() {
    }

    public static String token(String user, String... roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer("https://server.example.com")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(10))
                .sign();
    }

    /** The client calling with the given bearer token. */
    public static SourceService as(SourceService client, String token) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return GrpcClientUtils.attachHeaders(client, headers);
    }

    public static SourceService reader(SourceService client) {
        return as(client, token("reader", "reader"));
    }

    public static SourceService editor(SourceService client) {
        return as(client, token("editor", "reader", "editor"));
    }
}
