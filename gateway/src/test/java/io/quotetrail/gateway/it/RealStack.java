package io.quotetrail.gateway.it;

import io.quotetrail.stack.KeycloakServer;
import io.quotetrail.stack.ServiceProcess;

/** The real parts behind the gateway under test, handed to the integration tests by {@link RealStackResource}. */
public record RealStack(KeycloakServer keycloak, ServiceProcess sourceService, ServiceProcess quoteService) {

    public static final String REALM = "quotetrail";
    public static final String CLIENT = "quotetrail-cli";

    public String token(String user) {
        return keycloak.token(REALM, CLIENT, user, user);
    }
}
