package io.quotetrail.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a Kubernetes object against the API schema of its apiVersion and kind, through the model classes that
 * client-java-api generates from the Kubernetes OpenAPI: each model's {@code validateJsonElement} rejects a field its
 * schema does not define and a missing required field, and descends into every nested object and list. A second
 * pass reads the object into the model and writes it back: a value of the wrong type (a word where the schema
 * wants a number) does not come back the same.
 */
public final class SchemaValidator {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    /**
     * The kinds each API group version serves. The generated models carry no group (apps/v1 and v1 both give "V1"),
     * so this table is what stops a kind in the wrong group from passing; a kind not listed fails validation.
     */
    private static final Map<String, Set<String>> KINDS = Map.of(
            "v1", Set.of("ConfigMap", "Secret", "Service", "ServiceAccount", "PersistentVolumeClaim", "Namespace"),
            "apps/v1", Set.of("Deployment", "StatefulSet", "DaemonSet"),
            "autoscaling/v2", Set.of("HorizontalPodAutoscaler"),
            "policy/v1", Set.of("PodDisruptionBudget"),
            "networking.k8s.io/v1", Set.of("Ingress", "NetworkPolicy"),
            "batch/v1", Set.of("Job", "CronJob"),
            "rbac.authorization.k8s.io/v1", Set.of("Role", "RoleBinding"));

    private SchemaValidator() {
    }

    /** @throws InvalidManifestException naming the object and what is wrong with it */
    public static void validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String what = kind + " " + object.path("metadata").path("name").asText("(no name)");
        if (!KINDS.getOrDefault(apiVersion, Set.of()).contains(kind)) {
            throw new InvalidManifestException(what + ": no known schema for apiVersion '" + apiVersion
                    + "' and kind '" + kind + "'");
        }
        Class<?> model = modelClass(apiVersion, kind);
        JsonElement json = JsonParser.parseString(object.toString());
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw new InvalidManifestException(what + ": " + withoutJsonDump(e.getCause().getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Model " + model.getName() + " has no validateJsonElement", e);
        }
        JsonElement roundTrip;
        try {
            roundTrip = JsonParser.parseString(JSON.serialize(JSON.deserialize(json.toString(), model)));
        } catch (JsonParseException e) {
            throw new InvalidManifestException(what + ": a value does not fit its type in the schema: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        String difference = firstDifference("", json, roundTrip);
        if (difference != null) {
            throw new InvalidManifestException(what + ": " + difference);
        }
    }

    private static Class<?> modelClass(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String name = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("client-java-api has no model " + name, e);
        }
    }

    /** Where the model's reading of the object differs from the object, or null when it does not. */
    private static String firstDifference(String path, JsonElement original, JsonElement read) {
        if (original.isJsonObject() && read.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : original.getAsJsonObject().entrySet()) {
                JsonElement readField = read.getAsJsonObject().get(field.getKey());
                String fieldPath = path + "." + field.getKey();
                if (readField == null) {
                    if (!field.getValue().isJsonNull()) {
                        return fieldPath + " was not read";
                    }
                    continue;
                }
                String difference = firstDifference(fieldPath, field.getValue(), readField);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (original.isJsonArray() && read.isJsonArray()
                && original.getAsJsonArray().size() == read.getAsJsonArray().size()) {
            for (int i = 0; i < original.getAsJsonArray().size(); i++) {
                String difference = firstDifference(path + "[" + i + "]", original.getAsJsonArray().get(i),
                        read.getAsJsonArray().get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return Objects.equals(original, read) ? null
                : path.substring(1) + " is " + original + ", which the schema reads as " + read + " (wrong type?)";
    }

    /** The generated messages end with the whole offending JSON; the field and model named before it suffice. */
    private static String withoutJsonDump(String message) {
        int dump = message.indexOf(" JSON: ");
        return dump < 0 ? message : message.substring(0, dump);
    }
}
