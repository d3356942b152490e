package io.quotetrail.benchmarks.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds utterances from the phrase templates of {@link Lexicon}: a clause is a subject, a verb
 * phrase, an object and a complement each drawn from a list, and an utterance is one to three
 * clauses. The lists are long enough that two different utterances rarely share more than a few
 * content words, so clusters are decided by the words, not by accident.
 */
final class UtteranceGrammar {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_]+)}");
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 25;
    private static final int MAX_FORMS = 16;

    private enum ClauseType { VERDICT, REFUSAL, PROMISE, SUFFERING, BLAME, CHOICE, PROOF, STANCE, WARNING, NEED, SOLIDARITY, PERSONAL }

    private final World world;

    UtteranceGrammar(World world) {
        this.world = world;
    }

    // ------------------------------------------------------------------ topics

    /** A plan or decision for a story, owned by someone other than the speaker. */
    Topic topic(Dice dice, Speaker speaker) {
        String owner;
        String[][] topics;
        switch (dice.weighted(35, 40, 25)) {
            case 0 -> {
                World.Country country;
                do {
                    country = dice.pick(World.COUNTRIES);
                } while (country.equals(speaker.country()));
                owner = country.capital();
                topics = Lexicon.GOVERNMENT_TOPICS;
            }
            case 1 -> {
                owner = dice.pick(Lexicon.GENERIC_OWNERS);
                topics = Lexicon.GOVERNMENT_TOPICS;
            }
            default -> {
                do {
                    owner = dice.pick(world.companies());
                } while (owner.equals(speaker.name()) || speaker.fullTitled().contains(owner));
                topics = Lexicon.COMPANY_TOPICS;
            }
        }
        String[] entry = dice.pick(topics);
        List<String> nouns = forms(entry[0], dice);
        List<String> complements = entry[1].isEmpty() ? List.of("") : forms(entry[1], dice);
        return new Topic(owner, nouns, complements, dice.chance(0.6));
    }

    /** Another owner for the same kind of plan: the look-alike of a story months later. */
    String otherOwner(Dice dice, Topic topic, Speaker speaker) {
        String owner;
        do {
            owner = topic(dice, speaker).owner();
        } while (owner.equals(topic.owner()) || world.companies().contains(owner) != world.companies().contains(topic.owner()));
        return owner;
    }

    // ------------------------------------------------------------------ utterances

    /** The first thing a speaker says in a story: a verdict on the topic, or a refusal of it. */
    Utterance opening(Dice dice, Speaker speaker, Topic topic, boolean positive, String cluster) {
        return fitting(() -> {
            List<List<Phrase>> clauses = new ArrayList<>();
            Set<ClauseType> used = new HashSet<>();
            int topicPhrase;
            if (positive || dice.chance(0.65)) {
                clauses.add(verdict(dice, topic.phrase(Phrase.Role.SUBJECT), positive));
                used.add(ClauseType.VERDICT);
                topicPhrase = 0;
            } else {
                clauses.add(refusal(dice, speaker, topic.phrase(Phrase.Role.PLAIN)));
                used.add(ClauseType.REFUSAL);
                topicPhrase = 2;
            }
            if (dice.chance(0.7)) {
                clauses.add(clause(dice, speaker, next(dice, used, true), used));
                if (dice.chance(0.15)) {
                    clauses.add(clause(dice, speaker, ClauseType.STANCE, used));
                }
            }
            return assemble(dice, cluster, clauses, 0, topicPhrase);
        });
    }

    /** Anything else the speaker says on the same occasion. */
    Utterance statement(Dice dice, Speaker speaker, String cluster) {
        return fitting(() -> {
            List<List<Phrase>> clauses = new ArrayList<>();
            Set<ClauseType> used = new HashSet<>();
            ClauseType first = switch (dice.weighted(20, 15, 10, 8, 10, 8, 8, 8, 8, 5)) {
                case 0 -> ClauseType.PROMISE;
                case 1 -> ClauseType.SUFFERING;
                case 2 -> ClauseType.BLAME;
                case 3 -> ClauseType.CHOICE;
                case 4 -> ClauseType.WARNING;
                case 5 -> ClauseType.NEED;
                case 6 -> ClauseType.SOLIDARITY;
                case 7 -> speaker.isPerson() ? ClauseType.PERSONAL : ClauseType.PROMISE;
                case 8 -> ClauseType.REFUSAL;
                default -> ClauseType.STANCE;
            };
            clauses.add(clause(dice, speaker, first, used));
            // Mostly two clauses: one clause alone is often said, in the same words, by somebody else too.
            if (dice.chance(0.75)) {
                clauses.add(clause(dice, speaker, next(dice, used, false), used));
            }
            return assemble(dice, cluster, clauses, -1, -1);
        });
    }

    /** Another speaker's reaction to the topic ("This decision is ..."). */
    Utterance reaction(Dice dice, Speaker speaker, Topic topic, boolean positive, String cluster) {
        return fitting(() -> {
            List<List<Phrase>> clauses = new ArrayList<>();
            Set<ClauseType> used = new HashSet<>();
            switch (dice.weighted(55, positive ? 0 : 15, 10, 10, 10)) {
                case 0 -> {
                    clauses.add(verdict(dice, topic.deictic(Phrase.Role.SUBJECT), positive));
                    used.add(ClauseType.VERDICT);
                }
                case 1 -> {
                    clauses.add(refusal(dice, speaker, topic.deictic(Phrase.Role.PLAIN)));
                    used.add(ClauseType.REFUSAL);
                }
                case 2 -> clauses.add(clause(dice, speaker, ClauseType.CHOICE, used));
                case 3 -> clauses.add(clause(dice, speaker, ClauseType.SUFFERING, used));
                default -> clauses.add(clause(dice, speaker, ClauseType.NEED, used));
            }
            if (dice.chance(0.65)) {
                clauses.add(clause(dice, speaker, dice.chance(0.6) ? ClauseType.STANCE : ClauseType.PROMISE, used));
            }
            return assemble(dice, cluster, clauses, -1, -1);
        });
    }

    /**
     * The same speaker, months later, saying nearly the same thing: the same words about another
     * owner's plan, or the same first sentence followed by something else. A different utterance
     * that must not be merged with the old one.
     */
    Utterance lookAlike(Dice dice, Speaker speaker, Utterance old, Topic newTopic, String cluster) {
        List<List<Phrase>> clauses = new ArrayList<>(old.clauses());
        List<Utterance.Joint> joints = new ArrayList<>(old.joints());
        if (newTopic != null && old.topicClause() >= 0) {
            List<Phrase> clause = new ArrayList<>(clauses.get(old.topicClause()));
            Phrase.Role role = clause.get(old.topicPhrase()).role();
            clause.set(old.topicPhrase(), newTopic.phrase(role));
            clauses.set(old.topicClause(), clause);
        } else {
            Set<ClauseType> used = new HashSet<>();
            used.add(ClauseType.VERDICT);
            used.add(ClauseType.REFUSAL);
            List<Phrase> fresh = clause(dice, speaker, next(dice, used, false), used);
            if (clauses.size() > 1) {
                clauses.set(clauses.size() - 1, fresh);
            } else {
                clauses.add(fresh);
                joints.add(Utterance.Joint.SENTENCE);
            }
        }
        return new Utterance(cluster, clauses, joints, old.topicClause(), old.topicPhrase());
    }

    // ------------------------------------------------------------------ clauses

    private ClauseType next(Dice dice, Set<ClauseType> used, boolean opening) {
        for (int attempt = 0; attempt < 20; attempt++) {
            ClauseType type = switch (dice.weighted(35, 15, 10, 20, 10, 10, 8)) {
                case 0 -> ClauseType.STANCE;
                case 1 -> ClauseType.BLAME;
                case 2 -> ClauseType.CHOICE;
                case 3 -> ClauseType.PROMISE;
                case 4 -> ClauseType.WARNING;
                case 5 -> opening || used.contains(ClauseType.BLAME) || used.contains(ClauseType.SUFFERING)
                        ? ClauseType.PROOF : ClauseType.SUFFERING;
                default -> ClauseType.SUFFERING;
            };
            if (!used.contains(type)) {
                return type;
            }
        }
        return ClauseType.STANCE;
    }

    private List<Phrase> clause(Dice dice, Speaker speaker, ClauseType type, Set<ClauseType> used) {
        used.add(type);
        return switch (type) {
            case VERDICT -> throw new IllegalArgumentException("verdicts need a subject");
            case REFUSAL -> clauseOf(
                    new Phrase(subject(dice, speaker, true), Phrase.Role.PLAIN, false, false),
                    phrase(dice.pick(Lexicon.REFUSAL), Phrase.Role.PLAIN, false, dice),
                    optional(dice, 0.4, Lexicon.CONDITION));
            case PROMISE -> clauseOf(
                    new Phrase(subject(dice, speaker, false), Phrase.Role.PLAIN, false, false),
                    phrase(dice.pick(Lexicon.ACTION), Phrase.Role.ACTION, false, dice),
                    optional(dice, 0.6, Lexicon.TIME));
            case SUFFERING -> sufferingClause(dice);
            case BLAME -> List.of(
                    phrase(dice.pick(Lexicon.OTHERS), Phrase.Role.SUBJECT, false, dice),
                    phrase(dice.pick(Lexicon.RESPONSIBILITY), Phrase.Role.PLAIN, false, dice),
                    phrase(dice.pick(Lexicon.OUTCOME), Phrase.Role.NOUN_PHRASE, false, dice));
            case CHOICE -> List.of(
                    phrase(dice.pick(Lexicon.OTHERS), Phrase.Role.SUBJECT, false, dice),
                    phrase(dice.pick(Lexicon.CHOICE), Phrase.Role.PLAIN, false, dice));
            case PROOF -> List.of(
                    phrase(dice.pick(Lexicon.PROOF), Phrase.Role.PLAIN, false, dice),
                    phrase(dice.pick(Lexicon.EVIDENCE), Phrase.Role.NOUN_PHRASE, false, dice));
            case STANCE -> List.of(phrase(dice.pick(Lexicon.STANCE), Phrase.Role.PLAIN, false, dice));
            case WARNING -> List.of(
                    phrase(dice.pick(Lexicon.WARNING_CONDITION), Phrase.Role.PLAIN, false, dice),
                    phrase(dice.pick(Lexicon.WARNING_CONSEQUENCE), Phrase.Role.PLAIN, false, dice));
            case NEED -> dice.chance(0.6)
                    ? List.of(phrase(dice.pick(Lexicon.NEED_INTRO), Phrase.Role.PLAIN, false, dice),
                            phrase(dice.pick(Lexicon.NEED), Phrase.Role.NOUN_PHRASE, false, dice))
                    : List.of(phrase(dice.pick(Lexicon.NEED_INTRO), Phrase.Role.PLAIN, false, dice),
                            listOfThree(dice, Lexicon.LIST_ITEM));
            case SOLIDARITY -> dice.chance(0.6)
                    ? List.of(phrase(dice.pick(Lexicon.SOLIDARITY_GROUPS), Phrase.Role.PLAIN, false, dice),
                            listOfThree(dice, Lexicon.GROUP))
                    : List.of(phrase(dice.pick(Lexicon.SOLIDARITY_ITEMS), Phrase.Role.PLAIN, false, dice),
                            listOfThree(dice, Lexicon.LIST_ITEM));
            case PERSONAL -> List.of(phrase(dice.pick(Lexicon.PERSONAL), Phrase.Role.PLAIN, false, dice));
        };
    }

    /** "X is a reckless gamble that puts 4,000 jobs at risk" */
    private List<Phrase> verdict(Dice dice, Phrase subject, boolean positive) {
        String entry = dice.pick(positive ? Lexicon.VERDICT_POSITIVE : Lexicon.VERDICT_NEGATIVE);
        Phrase verdict = phrase(entry, Phrase.Role.EVALUATION, false, dice);
        // Only a bare noun phrase ("a reckless gamble") takes a relative clause or an attribute; after an
        // adjective or a phrase ending in a filler ("a betrayal of nurses") they would attach to the wrong word.
        boolean bare = isNounPhrase(verdict.forms().get(0)) && !entry.contains("{");
        List<Phrase> clause = new ArrayList<>(List.of(subject, Phrase.fixed("is"), verdict));
        if (dice.chance(0.7)) {
            if (dice.chance(0.5)) {
                // "... a provocation that will not go unanswered" / "... unacceptable, and it will not go unanswered"
                clause.add(bare ? new Phrase(List.of("that", "which"), Phrase.Role.PLAIN, true, false)
                        : new Phrase(List.of(", and it"), Phrase.Role.PLAIN, true, false));
                String predicate = dice.pick(positive ? Lexicon.PREDICATE_POSITIVE : Lexicon.PREDICATE_NEGATIVE);
                clause.add(phrase(predicate, Phrase.Role.PREDICATE, true, dice));
            } else {
                String tail;
                do {
                    tail = dice.pick(positive ? Lexicon.TAIL_POSITIVE : Lexicon.TAIL_NEGATIVE);
                } while (!bare && !(tail.startsWith(",") || tail.startsWith("at ") || tail.startsWith("after ")));
                clause.add(phrase(tail, Phrase.Role.PLAIN, true, dice));
            }
        }
        return clause;
    }

    /** "We will not accept X under any circumstances" */
    private List<Phrase> refusal(Dice dice, Speaker speaker, Phrase object) {
        return clauseOf(
                new Phrase(subject(dice, speaker, true), Phrase.Role.PLAIN, false, false),
                phrase(dice.pick(Lexicon.REFUSAL_VERB), Phrase.Role.PLAIN, false, dice),
                object,
                optional(dice, 0.5, Lexicon.CONDITION));
    }

    private List<Phrase> sufferingClause(Dice dice) {
        Phrase group = phrase(dice.pick(Lexicon.GROUP), Phrase.Role.SUBJECT, false, dice);
        return switch (dice.weighted(35, 20, 20, 25)) {
            case 0 -> List.of(group, phrase(dice.pick(Lexicon.SUFFERING_VERB), Phrase.Role.PLAIN, false, dice),
                    phrase(dice.pick(Lexicon.CAUSE), Phrase.Role.NOUN_PHRASE, false, dice));
            case 1 -> List.of(group, phrase(dice.pick(Lexicon.WAITING_VERB), Phrase.Role.PLAIN, false, dice),
                    phrase(dice.pick(Lexicon.DESERVED), Phrase.Role.NOUN_PHRASE, false, dice));
            case 2 -> List.of(group, phrase(dice.pick(Lexicon.DESERVING_VERB), Phrase.Role.PLAIN, false, dice),
                    phrase(dice.pick(Lexicon.EMPTY), Phrase.Role.NOUN_PHRASE, false, dice));
            default -> List.of(group, phrase(dice.pick(Lexicon.INTRANSITIVE_GROUP), Phrase.Role.PLAIN, false, dice));
        };
    }

    /** Subject and auxiliary: "we will not|we won't", "I will", "Velmoria will never". */
    private List<String> subject(Dice dice, Speaker speaker, boolean negative) {
        int who = speaker.isPerson() ? dice.weighted(55, 30, speaker.government() ? 15 : 0)
                : dice.weighted(80, 0, speaker.government() ? 20 : 0);
        String s = switch (who) {
            case 0 -> "we";
            case 1 -> "I";
            default -> speaker.country().name();
        };
        if (!negative) {
            return who == 2 ? List.of(s + " will") : List.of(s + " will", s + "'ll");
        }
        if (dice.chance(0.25)) {
            return List.of(s + " will never");
        }
        return who == 2 ? List.of(s + " will not") : List.of(s + " will not", s + " won't");
    }

    /** The phrases of a clause, leaving out optional ones that were not drawn (null). */
    private static List<Phrase> clauseOf(Phrase... phrases) {
        List<Phrase> clause = new ArrayList<>();
        for (Phrase p : phrases) {
            if (p != null) {
                clause.add(p);
            }
        }
        return clause;
    }

    /** A complement drawn with the given probability, else null. */
    private Phrase optional(Dice dice, double probability, String[] list) {
        if (!dice.chance(probability)) {
            return null;
        }
        return phrase(dice.pick(list), Phrase.Role.PLAIN, true, dice);
    }

    /** "pensioners, nurses and farmers" or, with the Oxford comma, "pensioners, nurses, and farmers". */
    private Phrase listOfThree(Dice dice, String[] list) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < 3) {
            chosen.add(forms(dice.pick(list), dice).get(0));
        }
        List<String> items = new ArrayList<>(chosen);
        String plain = items.get(0) + ", " + items.get(1) + " and " + items.get(2);
        String oxford = items.get(0) + ", " + items.get(1) + ", and " + items.get(2);
        boolean saidOxford = dice.chance(0.4);
        return new Phrase(saidOxford ? List.of(oxford, plain) : List.of(plain, oxford), Phrase.Role.PLAIN, false, true);
    }

    private Utterance assemble(Dice dice, String cluster, List<List<Phrase>> clauses, int topicClause, int topicPhrase) {
        List<Utterance.Joint> joints = new ArrayList<>();
        for (int i = 1; i < clauses.size(); i++) {
            // Comma splices are rare in what people say, common in how it is rendered (see Joint.alternatives).
            joints.add(switch (dice.weighted(50, 18, 4, 12, 6, 10)) {
                case 0 -> Utterance.Joint.SENTENCE;
                case 1 -> Utterance.Joint.AND;
                case 2 -> Utterance.Joint.COMMA;
                case 3 -> Utterance.Joint.SEMICOLON;
                case 4 -> Utterance.Joint.DASH;
                default -> Utterance.Joint.AND_SENTENCE;
            });
        }
        return new Utterance(cluster, clauses, joints, topicClause, topicClause < 0 ? -1 : topicPhrase);
    }

    /** Draws until the utterance has 8-25 words (the last draw is kept if none fits). */
    private Utterance fitting(Supplier<Utterance> draw) {
        Utterance u = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            u = draw.get();
            int words = u.words(u.canonical());
            if (words >= MIN_WORDS && words <= MAX_WORDS) {
                return u;
            }
        }
        return u;
    }

    private static boolean isNounPhrase(String verdict) {
        return verdict.startsWith("a ") || verdict.startsWith("an ") || verdict.startsWith("the ")
                || verdict.startsWith("nothing ") || verdict.startsWith("mere ");
    }

    // ------------------------------------------------------------------ templates

    Phrase phrase(String template, Phrase.Role role, boolean droppable, Dice dice) {
        return new Phrase(forms(template, dice), role, droppable, false);
    }

    /** Every form of a template, what was said first: alternatives times the forms of each slot filler. */
    List<String> forms(String template, Dice dice) {
        Map<String, List<String>> fills = new LinkedHashMap<>();
        Set<String> entriesUsed = new HashSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!fills.containsKey(name)) {
                fills.put(name, fill(name, dice, entriesUsed));
            }
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String alternative : template.split("\\|")) {
            List<String> partial = List.of(alternative);
            for (Map.Entry<String, List<String>> fill : fills.entrySet()) {
                String key = "{" + fill.getKey() + "}";
                if (!alternative.contains(key)) {
                    continue;
                }
                List<String> expanded = new ArrayList<>();
                for (String p : partial) {
                    for (String f : fill.getValue()) {
                        expanded.add(p.replace(key, f));
                    }
                }
                partial = expanded;
            }
            result.addAll(partial);
        }
        List<String> forms = new ArrayList<>(result);
        return forms.size() > MAX_FORMS ? forms.subList(0, MAX_FORMS) : forms;
    }

    private List<String> fill(String name, Dice dice, Set<String> entriesUsed) {
        String[] list = Lexicon.slot(name);
        if (list == null) {
            World.Country country = dice.pick(World.COUNTRIES);
            return List.of(switch (name) {
                case "CAPITAL", "CITY" -> country.capital();
                case "COUNTRY" -> country.name();
                case "DEMONYM" -> country.demonym();
                case "COMPANY" -> dice.pick(world.companies());
                default -> throw new IllegalArgumentException("unknown slot " + name);
            });
        }
        String entry;
        do {
            entry = dice.pick(list);
        } while (!entriesUsed.add(entry));
        return forms(entry, dice);
    }
}
