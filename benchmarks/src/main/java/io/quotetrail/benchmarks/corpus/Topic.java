package io.quotetrail.benchmarks.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a story is about: an owner's plan or decision ("the central bank's decision to raise
 * interest rates"). Outlets print it either way round ("the decision of the central bank ..."),
 * which is one of the rewordings the clustering has to see through.
 *
 * @param owner           "the central bank", "Velma", "Norrbank"
 * @param nouns           head noun and its synonyms ("decision", "move")
 * @param complements     what the plan is ("to raise interest rates", ...), or a single empty string
 * @param possessiveFirst whether the speaker said "X's plan" (true) or "the plan of X"
 */
record Topic(String owner, List<String> nouns, List<String> complements, boolean possessiveFirst) {

    Topic {
        nouns = List.copyOf(nouns);
        complements = List.copyOf(complements);
    }

    /** The topic as a phrase of an utterance, every wording an outlet may use. */
    Phrase phrase(Phrase.Role role) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        List<String> possessive = new ArrayList<>();
        List<String> of = new ArrayList<>();
        for (String noun : nouns) {
            for (String complement : complements) {
                String tail = complement.isEmpty() ? "" : " " + complement;
                possessive.add(owner + "'s " + noun + tail);
                of.add("the " + noun + " of " + owner + tail);
            }
        }
        // What was said first, then the same words the other way round, then the synonyms.
        forms.add(possessiveFirst ? possessive.get(0) : of.get(0));
        forms.add(possessiveFirst ? of.get(0) : possessive.get(0));
        forms.addAll(possessive);
        forms.addAll(of);
        return new Phrase(new ArrayList<>(forms), role, false, false);
    }

    /** "this decision": how a reaction refers to the topic. */
    Phrase deictic(Phrase.Role role) {
        List<String> forms = new ArrayList<>();
        forms.add("this " + noun());
        forms.add("the " + noun());
        for (String n : nouns.subList(1, nouns.size())) {
            forms.add("this " + n);
        }
        return new Phrase(forms, role, false, false);
    }

    /** The head noun as said ("decision"). */
    String noun() {
        return nouns.get(0);
    }

    /** "the central bank's decision to raise interest rates" */
    String canonical() {
        return phrase(Phrase.Role.PLAIN).forms().get(0);
    }

    /** "central bank's decision to raise interest rates", as a headline writes it. */
    String headline() {
        String o = owner.startsWith("the ") ? owner.substring(4) : owner;
        String complement = complements.get(0);
        return o + "'s " + noun() + (complement.isEmpty() ? "" : " " + complement);
    }

    Topic withOwner(String newOwner) {
        return new Topic(newOwner, nouns, complements, possessiveFirst);
    }
}
