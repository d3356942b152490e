package io.quotetrail.stack;

import java.nio.file.Path;

/**
 * The Keycloak realm files of the project, named once: the cluster (deploy/keycloak is also the kustomization that
 * turns them into ConfigMaps), the local stack and the tests import these very files. Keycloak's import directory
 * takes them by name: {@code <realm>-realm.json}, then {@code <realm>-users-<n>.json} into that realm.
 */
public final class RealmFiles {

    /** The realm: roles and clients, no users. What every deployment imports, production too. */
    public static final String REALM = "deploy/keycloak/quotetrail-realm.json";

    /** The local users and their passwords: imported only by the dev overlay, the local stack and the tests. */
    public static final String DEV_USERS = "deploy/keycloak/dev-users/quotetrail-users-0.json";

    private RealmFiles() {
    }

    /** The realm alone, as production imports it. */
    public static Path realm(Path project) {
        return project.resolve(REALM);
    }

    /** The realm with the local users, as the dev overlay, the local stack and the tests import it. */
    public static Path[] realmWithDevUsers(Path project) {
        return new Path[] {project.resolve(REALM), project.resolve(DEV_USERS)};
    }
}
