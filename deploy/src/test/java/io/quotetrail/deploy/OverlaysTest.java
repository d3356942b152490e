package io.quotetrail.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.quotetrail.deploy.RenderedOverlays.name;
import static io.quotetrail.deploy.RenderedOverlays.named;
import static io.quotetrail.deploy.RenderedOverlays.objects;
import static io.quotetrail.deploy.RenderedOverlays.ofKind;
import static io.quotetrail.deploy.RenderedOverlays.workloads;
import static org.assertj.core.api.Assertions.assertThat;

/** Renders every overlay with kubectl's kustomize and checks what it renders. */
class OverlaysTest {

    static final List<String> STATELESS_SERVICES = List.of("gateway", "quote-service", "source-service");

    static List<String> overlays() {
        return RenderedOverlays.names();
    }

    @Test
    void theOverlaysAreDevAndProd() {
        assertThat(overlays()).containsExactly("dev", "prod");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectFitsItsKubernetesApiSchema(String overlay) {
        List<JsonNode> objects = objects(overlay);
        assertThat(objects).hasSizeGreaterThan(20);
        for (JsonNode object : objects) {
            SchemaValidator.validate(object);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLivesInTheOverlaysNamespaceWhichAdmitsOnlyRestrictedPods(String overlay) {
        List<JsonNode> namespaces = ofKind(overlay, "Namespace");
        assertThat(namespaces).hasSize(1);
        JsonNode labels = namespaces.getFirst().path("metadata").path("labels");
        assertThat(labels.path("pod-security.kubernetes.io/enforce").asText()).isEqualTo("restricted");
        String namespace = name(namespaces.getFirst());
        for (JsonNode object : objects(overlay)) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.path("metadata").path("namespace").asText()).as(name(object)).isEqualTo(namespace);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodRunsHardenedWithinItsResources(String overlay) {
        for (JsonNode workload : workloads(overlay)) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            String what = overlay + " " + name(workload);
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(what).isFalse();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(what).isTrue();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).as(what)
                    .isEqualTo("RuntimeDefault");
            for (JsonNode container : containers(pod)) {
                String which = what + "/" + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(which).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(which).isTrue();
                assertThat(texts(security.path("capabilities").path("drop"))).as(which).containsExactly("ALL");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(container.path("resources").path(bound).has("cpu")).as(which + " " + bound).isTrue();
                    assertThat(container.path("resources").path(bound).has("memory")).as(which + " " + bound).isTrue();
                }
            }
            for (JsonNode container : pod.path("containers")) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    assertThat(container.has(probe)).as(what + " " + probe).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGrpcServicesAreProbedOverGrpcHealth(String overlay) {
        for (String service : List.of("quote-service", "source-service")) {
            JsonNode container = named(overlay, "Deployment", service)
                    .path("spec").path("template").path("spec").path("containers").get(0);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).has("grpc")).as(overlay + " " + service + " " + probe).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachStatelessServiceScalesOutAndKeepsAReplicaThroughDisruptions(String overlay) {
        for (String service : STATELESS_SERVICES) {
            JsonNode autoscaler = named(overlay, "HorizontalPodAutoscaler", service);
            assertThat(autoscaler.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(service);
            assertThat(autoscaler.path("spec").path("maxReplicas").asInt())
                    .isGreaterThan(autoscaler.path("spec").path("minReplicas").asInt());
            JsonNode budget = named(overlay, "PodDisruptionBudget", service);
            assertThat(budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                    .isEqualTo(service);
        }
        assertThat(ofKind(overlay, "PodDisruptionBudget")).extracting(RenderedOverlays::name).contains("keycloak");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayAndKeycloakAreReachableFromOutsideAndTheDatabaseOnlyFromItsClients(String overlay) {
        Set<String> openToAnyone = new TreeSet<>();
        for (JsonNode policy : ofKind(overlay, "NetworkPolicy")) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (!rule.has("from")) {
                    openToAnyone.add(policy.path("spec").path("podSelector").path("matchLabels")
                            .path("app.kubernetes.io/name").asText());
                }
            }
        }
        assertThat(openToAnyone).containsExactlyInAnyOrder("gateway", "keycloak");
        JsonNode defaultDeny = named(overlay, "NetworkPolicy", "default-deny-ingress");
        assertThat(defaultDeny.path("spec").path("podSelector").isEmpty()).isTrue();
        assertThat(defaultDeny.path("spec").has("ingress")).isFalse();

        JsonNode database = named(overlay, "NetworkPolicy", "database-from-services");
        assertThat(database.path("spec").path("ingress").get(0).path("from").get(0).path("podSelector")
                .path("matchLabels").path("quotetrail/database-client").asText()).isEqualTo("true");
        Set<String> databaseClients = new TreeSet<>();
        for (JsonNode workload : workloads(overlay)) {
            if (workload.path("spec").path("template").path("metadata").path("labels")
                    .path("quotetrail/database-client").asText().equals("true")) {
                databaseClients.add(name(workload));
            }
        }
        assertThat(databaseClients).containsExactlyInAnyOrder("quote-service", "source-service", "keycloak");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConfigMapAndSecretKeyReferencedIsRenderedOrListedForTheOperator(String overlay) {
        List<String> missing = new ArrayList<>();
        Set<String> external = new TreeSet<>();
        for (JsonNode workload : workloads(overlay)) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            for (JsonNode container : containers(pod)) {
                for (JsonNode variable : container.path("env")) {
                    JsonNode from = variable.path("valueFrom");
                    check(overlay, from.path("configMapKeyRef"), "ConfigMap", missing, external);
                    check(overlay, from.path("secretKeyRef"), "Secret", missing, external);
                }
                for (JsonNode source : container.path("envFrom")) {
                    check(overlay, source.path("configMapRef"), "ConfigMap", missing, external);
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                check(overlay, volume.path("configMap"), "ConfigMap", missing, external);
            }
        }
        assertThat(missing).as(overlay + ": references to nothing").isEmpty();
        if (overlay.equals("prod")) {
            // Production renders no Secret: each of these is created in the namespace (deploy/README.md).
            assertThat(ofKind(overlay, "Secret")).isEmpty();
            assertThat(external).containsExactlyInAnyOrder("quote-service-database", "source-service-database",
                    "keycloak-database", "keycloak-admin", "gateway-web-session");
        } else {
            assertThat(external).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressServesThePublicAddressThatKeycloakAndTheRealmAreGiven(String overlay) {
        URI publicUrl = URI.create(named(overlay, "ConfigMap", "quotetrail-config").path("data")
                .path("QUOTETRAIL_PUBLIC_URL").asText());
        JsonNode ingress = named(overlay, "Ingress", "quotetrail");
        assertThat(ingress.path("spec").path("rules").get(0).path("host").asText()).isEqualTo(publicUrl.getHost());
        if (publicUrl.getScheme().equals("https")) {
            assertThat(texts(ingress.path("spec").path("tls").get(0).path("hosts"))).containsExactly(publicUrl.getHost());
        }
        List<String> keycloakPaths = new ArrayList<>();
        for (JsonNode path : ingress.path("spec").path("rules").get(0).path("http").path("paths")) {
            if (path.path("backend").path("service").path("name").asText().equals("keycloak")) {
                keycloakPaths.add(path.path("path").asText());
            }
        }
        // Sign-in only: the admin console (/admin) stays inside the cluster.
        assertThat(keycloakPaths).containsExactlyInAnyOrder("/realms", "/resources");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesAreTheOnesTheBuildMakesAndTheKeycloakOfThePom(String overlay) {
        for (JsonNode workload : workloads(overlay)) {
            for (JsonNode container : containers(workload.path("spec").path("template").path("spec"))) {
                String image = container.path("image").asText();
                if (name(workload).equals("keycloak")) {
                    assertThat(image).isEqualTo("quay.io/keycloak/keycloak:" + BuildVersions.get("keycloak.version"));
                } else if (STATELESS_SERVICES.contains(name(workload))) {
                    // The images profile (mvn package -Pimages) names them quotetrail/<service>:<project version>.
                    assertThat(image).endsWith("quotetrail/" + name(workload) + ":" + BuildVersions.get("project.version"));
                }
            }
        }
    }

    private static void check(String overlay, JsonNode reference, String kind, List<String> missing,
                              Set<String> external) {
        if (reference.isMissingNode()) {
            return;
        }
        String referenced = reference.path("name").asText();
        List<JsonNode> candidates = ofKind(overlay, kind).stream().filter(o -> name(o).equals(referenced)).toList();
        if (candidates.isEmpty()) {
            if (kind.equals("Secret")) {
                external.add(referenced);
            } else {
                missing.add(kind + " " + referenced);
            }
            return;
        }
        if (reference.has("key") && !candidates.getFirst().path("data").has(reference.path("key").asText())) {
            missing.add(kind + " " + referenced + " key " + reference.path("key").asText());
        }
    }

    private static List<JsonNode> containers(JsonNode pod) {
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
