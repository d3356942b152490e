package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people and organisations one article names, with the short forms that refer back to them
 * ("Ana Ruiz" … "Ruiz" … "Mrs Ruiz"). Built in a first pass over the whole article, so
 * that a headline's "Ruiz" and a later full name are one entity.
 */
final class Cast {

    /** One person or organisation of the article. */
    static final class Entity {
        String name;
        String[] words;
        final StringBuilder titles = new StringBuilder();
        boolean person;
        boolean organisation;
        boolean media;
        /** 'm', 'f' or 0 when the text never tells. */
        char gender;
        int firstSeen;

        Entity(String name, String[] words, int firstSeen) {
            this.name = name;
            this.words = words;
            this.firstSeen = firstSeen;
        }

        String name() {
            return name;
        }

        boolean titled(String word) {
            return (" " + titles + " ").contains(" " + word + " ");
        }
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    /** Entities by each word of their names, most recent last. */
    private final Map<String, List<Entity>> byWord = new HashMap<>();

    /** Registers a name mention in reading order and returns its entity. */
    Entity register(Mention mention, boolean speaking) {
        String[] words = words(mention.text());
        String key = String.join(" ", words);
        Entity entity = byKey.get(key);
        if (entity == null) {
            entity = words.length == 1 ? longerForm(words[0]) : null;
            if (entity == null && words.length > 1) {
                entity = absorbShortForms(mention.text(), words, mention.start());
            }
            if (entity == null) {
                entity = new Entity(mention.text(), words, mention.start());
                entities.add(entity);
            }
            byKey.put(key, entity);
            for (String w : entity.words) {
                List<Entity> list = byWord.computeIfAbsent(w, x -> new ArrayList<>());
                if (!list.contains(entity)) {
                    list.add(entity);
                }
            }
        }
        if (!mention.title().isEmpty()) {
            entity.titles.append(' ').append(mention.title());
        }
        boolean orgWord = Arrays.stream(words).anyMatch(Lexicon.ORG_WORDS::contains);
        entity.media |= Arrays.stream(words).anyMatch(w -> Lexicon.MEDIA_HEADS.contains(w) || Lexicon.NEWS_WORDS.contains(w));
        for (String w : mention.title().split(" ")) {
            char g = Lexicon.genderOf(w);
            if (g != 0) {
                entity.gender = g;
            }
        }
        entity.organisation |= orgWord;
        boolean personalTitle = !mention.title().isEmpty() && Arrays.stream(mention.title().split(" "))
                .anyMatch(w -> Lexicon.TITLES.contains(w) && !Lexicon.ORG_WORDS.contains(w));
        // A person is introduced by a title or by a full name: "Seoul said" makes no person of Seoul.
        entity.person |= !orgWord && !entity.organisation
                && (personalTitle || speaking && entity.words.length >= 2 && entity.words.length <= 4 && !isPlace(entity.words));
        return entity;
    }

    /** The entity a name mention was registered as. */
    Entity of(Mention mention) {
        return byKey.get(String.join(" ", words(mention.text())));
    }

    List<Entity> entities() {
        return entities;
    }

    /** A single word naming an entity already known by a longer name ("Ruiz" after "Ana Ruiz"). */
    private Entity longerForm(String word) {
        List<Entity> candidates = byWord.getOrDefault(word, List.of());
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Entity e = candidates.get(i);
            if (e.words.length > 1 && (e.words[e.words.length - 1].equals(word) || e.words[0].equals(word))) {
                return e;
            }
        }
        return null;
    }

    /** A longer name for an entity first seen by a short one: the entity takes the longer name. */
    private Entity absorbShortForms(String name, String[] words, int at) {
        for (String w : new String[] {words[words.length - 1], words[0]}) {
            Entity short_ = byKey.get(w);
            if (short_ != null && short_.words.length == 1) {
                short_.name = name;
                short_.words = words;
                return short_;
            }
        }
        return null;
    }

    Entity byName(String lowerName) {
        return byKey.get(lowerName);
    }

    boolean isPerson(String name) {
        Entity e = byKey.get(String.join(" ", words(name)));
        return e != null && e.person;
    }

    /** The most recent person whose name ends with (or starts with) this word. */
    Entity personBySurname(String word) {
        List<Entity> candidates = byWord.getOrDefault(word, List.of());
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Entity e = candidates.get(i);
            if (e.person && !e.organisation && e.words.length > 1
                    && (e.words[e.words.length - 1].equals(word) || e.words[0].equals(word))) {
                return e;
            }
        }
        return null;
    }

    /** The most recent person with one of these titles. */
    Entity personTitled(java.util.Set<String> titles) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.person && titles.stream().anyMatch(e::titled)) {
                return e;
            }
        }
        return null;
    }

    Entity anyByWord(String word) {
        List<Entity> candidates = byWord.getOrDefault(word, List.of());
        return candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
    }

    /** The last {@code max} entities first seen, for look-ups that must stay bounded. */
    List<Entity> recent(int max) {
        return entities.subList(Math.max(0, entities.size() - max), entities.size());
    }

    /** A name that looks like a person's, though nothing in the text said so: two or three words, no organisation or place. */
    boolean personShaped(Entity e) {
        return e.person || !e.organisation && !e.media && e.words.length >= 2 && e.words.length <= 3 && !isPlace(e.words);
    }

    /** "North Korea", "New York": compass and similar first words name places, not people. */
    private static boolean isPlace(String[] words) {
        return switch (words[0]) {
            case "north", "south", "east", "west", "new", "san", "santa", "los", "las", "saint", "st",
                 "united", "great", "upper", "lower", "central", "northern", "southern", "eastern",
                 "western" -> true;
            default -> false;
        };
    }

    static String[] words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        for (String w : WHITESPACE.split(lower)) {
            if (!w.isEmpty() && !Lexicon.DETERMINERS.contains(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? new String[] {lower} : out.toArray(String[]::new);
    }
}
