package io.quotetrail.quote.engine;

import java.util.List;

/**
 * Words of the narrative that can stand for a speaker: tokens [from, to) of a paragraph's token
 * list. A proper {@link Type#NAME} belongs to an {@link Cast.Entity}; pronouns, descriptions and
 * documents are resolved to one when they speak.
 *
 * @param title     lower-case words before the name that describe its bearer ("russian president")
 * @param head      for descriptions, groups and documents: the noun they stand on ("leader")
 * @param modifiers for descriptions and groups: the words between determiner and head ("russian")
 */
record Mention(Type type, int from, int to, int start, int end, String text, String title,
               String head, List<String> modifiers, boolean possessive, boolean definite, String determiner) {

    enum Type { NAME, PRONOUN, DESCRIPTION, GROUP, DOCUMENT }

    boolean isName() {
        return type == Type.NAME;
    }
}
