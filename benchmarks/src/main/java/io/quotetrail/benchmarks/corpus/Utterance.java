package io.quotetrail.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Something one speaker said on one occasion: one to three clauses of phrases. Every outlet that
 * reports it prints one {@link Wording} of it: what was said, or a rendering with synonyms,
 * different punctuation, or only its first or last part. All of them are one gold cluster.
 */
final class Utterance {

    /** How two clauses are joined, and how the second starts when a quote is split there. */
    enum Joint {
        SENTENCE(". ", true, ""),
        SEMICOLON("; ", false, ""),
        COMMA(", ", false, ""),
        DASH(" – ", false, ""),
        AND(", and ", false, "and "),
        AND_SENTENCE(". And ", false, "And ");

        final String text;
        final boolean newSentence;
        final String splitPrefix;

        Joint(String text, boolean newSentence, String splitPrefix) {
            this.text = text;
            this.newSentence = newSentence;
            this.splitPrefix = splitPrefix;
        }

        /** The punctuation another outlet might use instead ("comma vs full stop"). */
        List<Joint> alternatives() {
            return switch (this) {
                case SENTENCE -> List.of(SEMICOLON, COMMA);
                case SEMICOLON -> List.of(SENTENCE, COMMA);
                case COMMA -> List.of(SENTENCE, SEMICOLON);
                case DASH -> List.of(SENTENCE, COMMA);
                case AND -> List.of(AND_SENTENCE);
                case AND_SENTENCE -> List.of(AND);
            };
        }
    }

    /**
     * One printed rendering: a form per phrase, a joint per clause boundary, the clauses printed
     * [from, to), and whether the droppable complement at the end of the last one is left out.
     */
    record Wording(int[] forms, Joint[] joints, int from, int to, boolean dropTail) {
    }

    /** A phrase that can be quoted on its own, with the words this wording prints for it. */
    record FragmentChoice(int phrase, Phrase.Role role, String text) {
    }

    private final String cluster;
    private final List<List<Phrase>> clauses;
    private final List<Joint> joints;
    private final int topicClause;
    private final int topicPhrase;
    private final int[] clauseOffset;

    Utterance(String cluster, List<List<Phrase>> clauses, List<Joint> joints, int topicClause, int topicPhrase) {
        if (joints.size() != clauses.size() - 1) {
            throw new IllegalArgumentException("one joint between every two clauses");
        }
        this.cluster = cluster;
        this.clauses = clauses.stream().map(List::copyOf).toList();
        this.joints = List.copyOf(joints);
        this.topicClause = topicClause;
        this.topicPhrase = topicPhrase;
        this.clauseOffset = new int[clauses.size()];
        int offset = 0;
        for (int c = 0; c < clauses.size(); c++) {
            clauseOffset[c] = offset;
            offset += clauses.get(c).size();
        }
    }

    String cluster() {
        return cluster;
    }

    List<List<Phrase>> clauses() {
        return clauses;
    }

    List<Joint> joints() {
        return joints;
    }

    /** Clause and phrase index of the topic noun phrase ("the central bank's plan"), or -1. */
    int topicClause() {
        return topicClause;
    }

    int topicPhrase() {
        return topicPhrase;
    }

    /** A fragment's own cluster: one per phrase of the utterance, whatever its wording. */
    String fragmentCluster(int phrase) {
        return cluster + "-frag" + phrase;
    }

    // ------------------------------------------------------------------ wordings

    Wording canonical() {
        return new Wording(new int[phraseCount()], joints.toArray(new Joint[0]), 0, clauses.size(), false);
    }

    /** What was said, with 1 to {@code changes} phrases reworded; null if nothing can be reworded. */
    Wording reworded(Wording base, Dice dice, int changes) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < phraseCount(); i++) {
            Phrase p = phrase(i);
            if (p.hasAlternatives() && !p.punctuationOnly() && base.forms()[i] == 0) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int[] forms = base.forms().clone();
        int n = Math.min(changes, candidates.size());
        for (int k = 0; k < n; k++) {
            int i = candidates.remove(dice.below(candidates.size()));
            forms[i] = 1 + dice.below(phrase(i).forms().size() - 1);
        }
        return new Wording(forms, base.joints(), base.from(), base.to(), base.dropTail());
    }

    /** Different punctuation: another joint between two clauses, or the Oxford comma; null if impossible. */
    Wording repunctuated(Wording base, Dice dice) {
        List<Integer> listPhrases = new ArrayList<>();
        for (int i = 0; i < phraseCount(); i++) {
            if (phrase(i).punctuationOnly()) {
                listPhrases.add(i);
            }
        }
        boolean canJoint = !joints.isEmpty();
        if (!canJoint && listPhrases.isEmpty()) {
            return null;
        }
        int[] forms = base.forms().clone();
        Joint[] js = base.joints().clone();
        if (canJoint && (listPhrases.isEmpty() || dice.chance(0.6))) {
            int j = dice.below(js.length);
            js[j] = dice.pick(js[j].alternatives());
        } else {
            int i = dice.pick(listPhrases);
            forms[i] = forms[i] == 0 ? 1 : 0;
        }
        return new Wording(forms, js, base.from(), base.to(), base.dropTail());
    }

    /** Only the first or the last part of the utterance; null when that would leave too little. */
    Wording truncated(Wording base, Dice dice) {
        int full = words(base);
        List<Wording> options = new ArrayList<>();
        if (clauses.size() > 1) {
            options.add(new Wording(base.forms(), base.joints(), 0, clauses.size() - 1, false));
            options.add(new Wording(base.forms(), base.joints(), 0, clauses.size() - 1, true));
            // The last part alone only when it is more than a stock phrase ("Enough is enough").
            if (clauses.size() > 2 || clauses.get(1).size() > 1) {
                options.add(new Wording(base.forms(), base.joints(), 1, clauses.size(), false));
            }
        }
        List<Phrase> last = clauses.get(clauses.size() - 1);
        if (last.get(last.size() - 1).droppable()) {
            options.add(new Wording(base.forms(), base.joints(), 0, clauses.size(), true));
        }
        options.removeIf(w -> words(w) < 6 || words(w) >= full || render(w).equals(render(base)));
        return options.isEmpty() ? null : dice.pick(options);
    }

    /**
     * The two halves of a quote interrupted by its attribution, without their final punctuation:
     * after the subject ("The plan," she said, "is a gamble.") or at a clause boundary. Null if
     * the wording has no place to split.
     */
    List<String> split(Wording w, Dice dice) {
        List<List<String>> options = new ArrayList<>();
        List<Phrase> first = clauses.get(w.from());
        boolean firstIsLast = w.from() == w.to() - 1;
        if (first.get(0).role() == Phrase.Role.SUBJECT && first.size() > 2) {
            String head = capitalise(form(w, w.from(), 0));
            String rest = renderRange(w, w.from(), w.to(), 1, false);
            // "This plan," alone would be a half that half the corpus shares: keep the halves substantial.
            if (head.split(" ").length >= 4 && rest.split(" ").length >= 4 && !(firstIsLast && w.dropTail() && rest.isBlank())) {
                options.add(List.of(head, rest));
            }
        }
        for (int c = w.from() + 1; c < w.to(); c++) {
            Joint joint = w.joints()[c - 1];
            String head = renderRange(w, w.from(), c, 0, true);
            String tail = renderRange(w, c, w.to(), 0, joint.newSentence && joint.splitPrefix.isEmpty());
            options.add(List.of(head, joint.splitPrefix + tail));
        }
        return options.isEmpty() ? null : dice.pick(options);
    }

    /** Phrases of this wording that can be quoted on their own in a reporter's sentence (1-5 words). */
    List<FragmentChoice> fragments(Wording w) {
        List<FragmentChoice> result = new ArrayList<>();
        for (int c = w.from(); c < w.to(); c++) {
            int end = lastPrinted(c, w);
            for (int p = 0; p < end; p++) {
                Phrase phrase = clauses.get(c).get(p);
                String text = form(w, c, p);
                int words = text.split(" ").length;
                boolean quotable = switch (phrase.role()) {
                    case EVALUATION, PREDICATE, ACTION, NOUN_PHRASE -> true;
                    default -> false;
                };
                if (quotable && words <= 5 && Character.isLetter(text.charAt(0))) {
                    result.add(new FragmentChoice(clauseOffset[c] + p, phrase.role(), text));
                }
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ rendering

    /** The printed words, without the final full stop. */
    String render(Wording w) {
        return renderRange(w, w.from(), w.to(), 0, true);
    }

    int words(Wording w) {
        return render(w).split(" ").length;
    }

    private String renderRange(Wording w, int from, int to, int firstPhrase, boolean capitaliseFirst) {
        StringBuilder out = new StringBuilder();
        for (int c = from; c < to; c++) {
            int end = c == w.to() - 1 ? lastPrinted(c, w) : clauses.get(c).size();
            StringBuilder clause = new StringBuilder();
            for (int p = c == from ? firstPhrase : 0; p < end; p++) {
                String text = form(w, c, p);
                if (clause.length() > 0 && !(text.startsWith(",") || text.startsWith(";"))) {
                    clause.append(' ');
                }
                clause.append(text);
            }
            String text = clause.toString();
            if (c == from) {
                out.append(capitaliseFirst ? capitalise(text) : text);
            } else {
                Joint joint = w.joints()[c - 1];
                out.append(joint.text).append(joint.newSentence ? capitalise(text) : text);
            }
        }
        return out.toString();
    }

    /** Index after the last phrase of clause c this wording prints. */
    private int lastPrinted(int c, Wording w) {
        List<Phrase> clause = clauses.get(c);
        int end = clause.size();
        if (w.dropTail() && c == w.to() - 1) {
            while (end > 1 && clause.get(end - 1).droppable()) {
                end--;
            }
        }
        return end;
    }

    private String form(Wording w, int clause, int phrase) {
        int flat = clauseOffset[clause] + phrase;
        return clauses.get(clause).get(phrase).forms().get(w.forms()[flat]);
    }

    private Phrase phrase(int flat) {
        int c = clauses.size() - 1;
        while (clauseOffset[c] > flat) {
            c--;
        }
        return clauses.get(c).get(flat - clauseOffset[c]);
    }

    private int phraseCount() {
        return clauseOffset[clauses.size() - 1] + clauses.get(clauses.size() - 1).size();
    }

    static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String toString() {
        return cluster + ": " + render(canonical());
    }
}
