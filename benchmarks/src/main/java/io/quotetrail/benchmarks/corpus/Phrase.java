package io.quotetrail.benchmarks.corpus;

import java.util.List;

/**
 * One slot of an utterance with every way an outlet may print it; {@code forms.get(0)} is what the
 * speaker said. Forms are written as they appear mid-sentence; the renderer capitalises sentence starts.
 *
 * @param role            what the phrase can be quoted as on its own (a fragment), and where a quote can be split
 * @param droppable       a trailing complement a truncated quote may leave out
 * @param punctuationOnly the forms differ only in punctuation (the Oxford comma)
 */
record Phrase(List<String> forms, Role role, boolean droppable, boolean punctuationOnly) {

    enum Role {
        /** Nothing special. */
        PLAIN,
        /** The subject of a clause: a quote may be split after it ("The plan," she said, "is ..."). */
        SUBJECT,
        /** A verdict on the topic: "described the plan as '...'". */
        EVALUATION,
        /** A verb phrase whose subject is the topic: "said the plan '...'". */
        PREDICATE,
        /** An infinitive action: "promised to '...'". */
        ACTION,
        /** A noun phrase: "spoke of '...'". */
        NOUN_PHRASE
    }

    Phrase {
        forms = List.copyOf(forms);
    }

    static Phrase fixed(String text) {
        return new Phrase(List.of(text), Role.PLAIN, false, false);
    }

    boolean hasAlternatives() {
        return forms.size() > 1;
    }
}
