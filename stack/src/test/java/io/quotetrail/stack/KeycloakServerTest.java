package io.quotetrail.stack;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts the real Keycloak with the project's realm file and checks the local users' roles. */
class KeycloakServerTest {

    static final Path REALM = Path.of(System.getProperty("quotetrail.realm", "../deploy/keycloak/quotetrail-realm.json"));

    @Test
    void issuesTokensCarryingTheRealmRolesOfEachLocalUser() {
        try (KeycloakServer keycloak = KeycloakServer.start(0, REALM)) {
            assertThat(claims(keycloak.token("quotetrail", "quotetrail-cli", "reader", "reader")))
                    .contains("\"reader\"").doesNotContain("\"editor\"");
            assertThat(claims(keycloak.token("quotetrail", "quotetrail-cli", "editor", "editor")))
                    .contains("\"reader\"", "\"editor\"").doesNotContain("\"admin\"");
            assertThat(claims(keycloak.token("quotetrail", "quotetrail-cli", "admin", "admin")))
                    .contains("\"reader\"", "\"editor\"", "\"admin\"");
            assertThatThrownBy(() -> keycloak.token("quotetrail", "quotetrail-cli", "editor", "wrong"))
                    .hasMessageContaining("invalid_grant");
            assertThat(keycloak.admin("GET", "/quotetrail", null)).isEqualTo(200);
        }
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
