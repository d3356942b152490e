package io.quotetrail.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Every overlay under deploy/overlays, rendered once per test run by the pinned kubectl's kustomize. */
final class RenderedOverlays {

    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final Path OVERLAYS = PROJECT.resolve("deploy/overlays");

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private RenderedOverlays() {
    }

    /** The overlays' names: every directory under deploy/overlays with a kustomization. */
    static List<String> names() {
        try (Stream<Path> directories = Files.list(OVERLAYS)) {
            return directories.filter(directory -> Files.isRegularFile(directory.resolve("kustomization.yaml")))
                    .map(directory -> directory.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> objects(String overlay) {
        return RENDERED.computeIfAbsent(overlay,
                name -> Manifests.parse(Kubectl.pinned().kustomize(OVERLAYS.resolve(name))));
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return objects(overlay).stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
    }

    /** The object of that kind and name; a generated ConfigMap or Secret also by its name before the hash. */
    static JsonNode named(String overlay, String kind, String name) {
        List<JsonNode> found = ofKind(overlay, kind).stream()
                .filter(object -> object.path("metadata").path("name").asText().matches(
                        java.util.regex.Pattern.quote(name) + "(-[a-z0-9]{10})?"))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(overlay + " renders " + found.size() + " " + kind + " named " + name);
        }
        return found.getFirst();
    }

    /** The pod templates: of every Deployment and StatefulSet. */
    static List<JsonNode> workloads(String overlay) {
        return objects(overlay).stream()
                .filter(object -> List.of("Deployment", "StatefulSet").contains(object.path("kind").asText()))
                .toList();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
