package io.quotetrail.benchmarks.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One news story: a speaker's utterances on one occasion, optional reactions by others, and the
 * outlets that report it (the first one, the lead, publishes on the day and carries every
 * utterance in full, so every cluster exists before any fragment of it is published).
 *
 * @param distinctPair clusters [earlier, this story's first utterance] when this story's opening is a
 *                     look-alike of something the speaker said months before, else null
 * @param echo         the occasion of that earlier utterance, else null
 */
record Story(int number, LocalDate date, Topic topic, Event main, List<Event> reactions, List<World.Source> outlets,
             World.Source leadRelay, List<String> distinctPair, Occasion echo) {

    /** Where and how something was said. */
    record Occasion(Medium medium, LocalDate date, String place, World.Source interviewer) {
    }

    /** One speaker on one occasion. */
    record Event(Speaker speaker, Occasion occasion, List<Utterance> utterances, boolean positive, boolean refusal) {
    }
}
