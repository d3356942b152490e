package io.quotetrail.source.service;

import io.quotetrail.source.model.MentionContext;
import io.quotetrail.source.model.SourceKind;

import java.util.List;

/** Guesses the kind of a source first seen as a mention, from where it was seen and its words. */
public final class KindInference {

    private final MentionVocabulary vocabulary;

    public KindInference(MentionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param key     the mention's normalized key
     * @param context where the mention was seen
     * @param hint    the extractor's suggestion, or {@code null}; it wins when present
     */
    public SourceKind infer(String key, MentionContext context, SourceKind hint) {
        if (hint != null) {
            return hint;
        }
        return switch (context) {
            case PUBLISHER -> SourceKind.OUTLET;
            case INTERMEDIARY -> {
                if (containsAny(key, vocabulary.stateMediaMarkers())) {
                    yield SourceKind.STATE_MEDIA;
                }
                if (containsAny(key, vocabulary.newsAgencyWords())) {
                    yield SourceKind.NEWS_AGENCY;
                }
                if (containsAny(key, vocabulary.governmentWords())) {
                    yield SourceKind.GOVERNMENT;
                }
                yield SourceKind.OUTLET;
            }
            case SPEAKER, UNSPECIFIED -> {
                if (containsAny(key, vocabulary.governmentWords())) {
                    yield SourceKind.GOVERNMENT;
                }
                if (containsAny(key, vocabulary.organizationWords())) {
                    yield SourceKind.ORGANIZATION;
                }
                yield SourceKind.PERSON;
            }
        };
    }

    /** True when one of the phrases occurs in the key as whole words. */
    private static boolean containsAny(String key, List<String> phrases) {
        String padded = " " + key + " ";
        for (String phrase : phrases) {
            if (padded.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }
}
