package io.quotetrail.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts the real Keycloak with the project's realm files, imported as {@code --import-realm} imports them in the
 * cluster too: the realm with the dev users file (dev, local stack, tests), and the realm alone (production).
 */
class KeycloakServerTest {

    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void importsTheDevUsersFileBesideTheRealmWithEachUsersRealmRoles() {
        try (KeycloakServer keycloak = KeycloakServer.start(0, RealmFiles.realmWithDevUsers(PROJECT))) {
            assertThat(claims(keycloak.token("quotetrail", "quotetrail-cli", "reader", "reader")))
                    .contains("\"reader\"").doesNotContain("\"editor\"");
            assertThat(claims(keycloak.token("quotetrail", "quotetrail-cli", "editor", "editor")))
                    .contains("\"reader\"", "\"editor\"").doesNotContain("\"admin\"");
            assertThat(claims(keycloak.token("quotetrail", "quotetrail-cli", "admin", "admin")))
                    .contains("\"reader\"", "\"editor\"", "\"admin\"");
            assertThatThrownBy(() -> keycloak.token("quotetrail", "quotetrail-cli", "editor", "wrong"))
                    .hasMessageContaining("invalid_grant");
            // Without QUOTETRAIL_PUBLIC_URL the web app's redirects stay on loopback (any port on 127.0.0.1).
            JsonNode web = webClient(keycloak);
            assertThat(texts(web.get("redirectUris")))
                    .containsExactlyInAnyOrder("http://127.0.0.1/app/*", "http://localhost:8080/app/*");
            assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        }
    }

    @Test
    void theRealmAloneHasNoUsersAndTakesTheWebAppsPublicAddressFromTheEnvironment() {
        String publicUrl = "https://quotetrail.example.org";
        try (KeycloakServer keycloak = KeycloakServer.startIn(null, 0, Map.of("QUOTETRAIL_PUBLIC_URL", publicUrl),
                RealmFiles.realm(PROJECT))) {
            assertThat(keycloak.adminRead("/quotetrail/users?briefRepresentation=true")).isEmpty();
            assertThat(texts(keycloak.adminRead("/quotetrail/roles").findValues("name")))
                    .contains("reader", "editor", "admin");
            assertThatThrownBy(() -> keycloak.token("quotetrail", "quotetrail-cli", "editor", "editor"))
                    .hasMessageContaining("invalid_grant");
            JsonNode web = webClient(keycloak);
            assertThat(texts(web.get("redirectUris"))).containsExactly(publicUrl + "/app/*");
            assertThat(web.path("attributes").path("post.logout.redirect.uris").asText())
                    .isEqualTo(publicUrl + "/*##" + publicUrl + "/*");
        }
    }

    private static JsonNode webClient(KeycloakServer keycloak) {
        JsonNode clients = keycloak.adminRead("/quotetrail/clients?clientId=quotetrail-web");
        assertThat(clients).hasSize(1);
        return clients.get(0);
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
