package io.quotetrail.benchmarks.corpus;

import java.util.List;

/**
 * A source as the gold lists it: canonical name, kind and every other name the generated text
 * uses for it. Kinds are those of check_gold.py: PERSON, ORGANIZATION, GOVERNMENT, STATE_MEDIA,
 * NEWS_AGENCY, OUTLET, PLATFORM.
 */
public record GoldEntity(String name, String kind, List<String> aliases) {

    public GoldEntity {
        aliases = List.copyOf(aliases);
    }
}
