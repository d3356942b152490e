package io.quotetrail.quote.engine;

/**
 * The speaker of a quotation.
 *
 * @param asWritten the words the article uses at the cue, e.g. "he" or "Foreign Minister Claire Martin"
 * @param name      the name to resolve: {@code asWritten} itself, or for a pronoun the earlier mention it
 *                  stands for. Never a pronoun, never blank.
 */
public record SpeakerMention(String asWritten, String name) {
}
