package io.quotetrail.source.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The generic words used to read mentions (descriptors such as "news agency", nationality
 * qualifiers, words hinting at a kind), loaded from a data file. All entries are normalized keys.
 */
public record MentionVocabulary(
        List<String> descriptors,
        List<String> qualifiers,
        List<String> stateMediaMarkers,
        List<String> newsAgencyWords,
        List<String> governmentWords,
        List<String> organizationWords) {

    public static final String DEFAULT_RESOURCE = "registry/mention-vocabulary.json";

    public static MentionVocabulary load(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing vocabulary resource " + resource);
            }
            JsonObject json = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new MentionVocabulary(
                    keys(json, "descriptors"),
                    keys(json, "qualifiers"),
                    keys(json, "stateMediaMarkers"),
                    keys(json, "newsAgencyWords"),
                    keys(json, "governmentWords"),
                    keys(json, "organizationWords"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The normalized entries of one list, longest first so that "state news agency" wins over "agency". */
    private static List<String> keys(JsonObject json, String list) {
        JsonObject section = json.getJsonObject(list);
        if (section == null) {
            throw new IllegalStateException("Vocabulary lacks the list " + list);
        }
        JsonArray values = section.getJsonArray("values");
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String key = NameKeys.key(values.getString(i));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
