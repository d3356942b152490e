package io.quotetrail.gateway.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The nodes of one JSON-LD document, each written once however many times it is reached: a property given twice
 * gets both values, in an array, without repeats.
 */
final class JsonLdNodes {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> byIri = new LinkedHashMap<>();

    /** The node with this IRI, created (with its type) on first use. */
    ObjectNode node(String iri, String type) {
        ObjectNode node = byIri.computeIfAbsent(iri, id -> JSON.objectNode().put("@id", id));
        add(node, "@type", type);
        return node;
    }

    boolean contains(String iri) {
        return byIri.containsKey(iri);
    }

    /** Sets nothing for a null or empty value: proto3's absent. */
    static void add(ObjectNode node, String property, String value) {
        if (value != null && !value.isEmpty()) {
            add(node, property, TextNode.valueOf(value));
        }
    }

    static void add(ObjectNode node, String property, JsonNode value) {
        JsonNode existing = node.get(property);
        if (existing == null) {
            node.set(property, value);
        } else if (existing.isArray()) {
            if (!contains((ArrayNode) existing, value)) {
                ((ArrayNode) existing).add(value);
            }
        } else if (!existing.equals(value)) {
            node.set(property, JSON.arrayNode().add(existing).add(value));
        }
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON-LD document: the context, then every node in the order first reached. */
    ObjectNode document(ObjectNode context) {
        ObjectNode document = JSON.objectNode();
        document.set("@context", context);
        ArrayNode graph = document.putArray("@graph");
        byIri.values().forEach(graph::add);
        return document;
    }
}
