package io.quotetrail.source.grpc;

/** Realm roles of the caller's access token (Keycloak realm_access.roles). */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
