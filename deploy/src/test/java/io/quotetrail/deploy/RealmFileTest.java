package io.quotetrail.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotetrail.stack.RealmFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.quotetrail.deploy.RenderedOverlays.PROJECT;
import static io.quotetrail.deploy.RenderedOverlays.named;
import static io.quotetrail.deploy.RenderedOverlays.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm the cluster imports is the file the tests and the local stack import (RealmFiles), byte for byte; the
 * local users come only with the dev overlay.
 */
class RealmFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT_DIRECTORY = "/opt/keycloak/data/import/";

    static List<String> overlays() {
        return RenderedOverlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyOverlayImportsTheRealmFileTheTestsAndTheLocalStackUse(String overlay) throws IOException {
        Path realm = RealmFiles.realm(PROJECT);
        JsonNode configMap = named(overlay, "ConfigMap", "keycloak-realm");
        assertThat(configMap.path("data").path(realm.getFileName().toString()).asText())
                .isEqualTo(Files.readString(realm));
        assertThat(importedFiles(overlay)).contains(realm.getFileName().toString());
    }

    @Test
    void onlyDevImportsTheLocalUsersAndItImportsTheFileTheTestsUse() throws IOException {
        Path users = PROJECT.resolve(RealmFiles.DEV_USERS);
        JsonNode configMap = named("dev", "ConfigMap", "keycloak-dev-users");
        assertThat(configMap.path("data").path(users.getFileName().toString()).asText())
                .isEqualTo(Files.readString(users));
        assertThat(importedFiles("dev")).containsExactlyInAnyOrder("quotetrail-realm.json", "quotetrail-users-0.json");

        assertThat(importedFiles("prod")).containsExactly("quotetrail-realm.json");
        assertThat(ofKind("prod", "ConfigMap")).noneMatch(map -> map.path("data").toString().contains("credentials"));
    }

    @Test
    void theRealmFileHoldsNoUserAndTheUsersFileNamesItsRealm() throws IOException {
        JsonNode realm = JSON.readTree(RealmFiles.realm(PROJECT).toFile());
        assertThat(realm.has("users")).isFalse();
        assertThat(realm.findValues("credentials")).isEmpty();
        // Keycloak's import directory pairs <realm>-realm.json with <realm>-users-<n>.json.
        String name = realm.path("realm").asText();
        assertThat(RealmFiles.REALM).endsWith("/" + name + "-realm.json");
        assertThat(RealmFiles.DEV_USERS).endsWith("/" + name + "-users-0.json");
        JsonNode users = JSON.readTree(PROJECT.resolve(RealmFiles.DEV_USERS).toFile());
        assertThat(users.path("realm").asText()).isEqualTo(name);
        assertThat(users.path("users")).extracting(user -> user.path("username").asText())
                .containsExactlyInAnyOrder("reader", "editor", "admin");
    }

    /** The file names Keycloak's container finds in its import directory. */
    private static List<String> importedFiles(String overlay) {
        JsonNode keycloak = named(overlay, "Deployment", "keycloak").path("spec").path("template").path("spec")
                .path("containers").get(0);
        assertThat(keycloak.path("args").toString()).contains("--import-realm");
        List<String> files = new ArrayList<>();
        for (JsonNode mount : keycloak.path("volumeMounts")) {
            String path = mount.path("mountPath").asText();
            if (path.startsWith(IMPORT_DIRECTORY)) {
                files.add(path.substring(IMPORT_DIRECTORY.length()));
            }
        }
        return files;
    }
}
