package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds names, pronouns, descriptions and documents among a paragraph's narrative tokens. */
final class MentionFinder {

    private static final int MAX_NAME_TOKENS = 8;
    private static final int MAX_MODIFIERS = 4;
    private static final Set<String> CONNECTORS = Set.of(
            "of", "de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "y", "ibn", "dos", "das");
    private static final Set<String> DESCRIPTION_DETERMINERS = Set.of(
            "the", "a", "an", "its", "his", "her", "their", "our", "one", "another");

    private MentionFinder() {
    }

    static List<Mention> find(List<Token> tokens) {
        return find(tokens, Set.of());
    }

    /**
     * {@code vocabulary} holds the words the article writes in lower case: "Researchers" opening a
     * sentence in an article that also writes "researchers" is no name.
     */
    static List<Mention> find(List<Token> tokens, Set<String> vocabulary) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.quoted() || !t.word()) {
                i++;
                continue;
            }
            if (Lexicon.PERSON_PRONOUNS.contains(t.lower()) || Lexicon.GROUP_PRONOUNS.contains(t.lower())) {
                mentions.add(new Mention(Mention.Type.PRONOUN, i, i + 1, t.start(), t.end(), t.text(), "",
                        t.lower(), List.of(), false, true, ""));
                i++;
                continue;
            }
            int nameEnd = t.capitalized() && !Lexicon.NOT_NAMES.contains(t.lower()) ? nameEnd(tokens, i) : i;
            if (nameEnd > i) {
                Mention name = name(tokens, i, nameEnd, vocabulary);
                if (name != null) {
                    mentions.add(name);
                }
                i = nameEnd;
                continue;
            }
            Mention description = description(tokens, i);
            if (description != null) {
                mentions.add(description);
            }
            i++;
        }
        return mentions;
    }

    /** End (exclusive) of the capitalised run starting at {@code from}. */
    private static int nameEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_NAME_TOKENS) {
            Token t = tokens.get(end);
            if (t.quoted()) {
                break;
            }
            if (t.capitalized() && (end == from || !Lexicon.ENDS_A_NAME.contains(t.lower()) || t.allCaps())) {
                end++;
                if (t.possessive()) {
                    break;
                }
            } else if (end > from && t.word() && CONNECTORS.contains(t.lower()) && end + 1 < tokens.size()
                    && tokens.get(end + 1).capitalized() && !tokens.get(end + 1).quoted()) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** A name from a capitalised run, titles split off; null for a demonym used as an adjective. */
    private static Mention name(List<Token> tokens, int from, int to, Set<String> vocabulary) {
        int nameFrom = from;
        for (int k = from; k < to - 1; k++) {
            if (Lexicon.TITLES.contains(tokens.get(k).lower())) {
                nameFrom = k + 1;
            }
        }
        Token last = tokens.get(to - 1);
        boolean org = Lexicon.ORG_WORDS.contains(last.lower());
        if (org) {
            nameFrom = from; // "Foreign Ministry": the title words belong to the organisation's name
        }
        if (nameFrom < to && CONNECTORS.contains(tokens.get(nameFrom).lower())) {
            nameFrom = from;
        }
        if (isAdjective(tokens, from, to) || Lexicon.TITLES.contains(tokens.get(nameFrom).lower()) && nameFrom == to - 1) {
            return null;
        }
        if (to - from == 1 && from > 0 && isDemonym(tokens.get(from).lower())) {
            String before = tokens.get(from - 1).lower();
            if (before.equals("the") || before.contains("-") && Character.isDigit(before.charAt(0))) {
                return null; // "the 23-year-old Croatian": a description, not a name
            }
        }
        if (to - from == 1 && (from == 0 || !tokens.get(from - 1).word())) {
            String l = tokens.get(from).lower();
            String next = to < tokens.size() ? tokens.get(to).lower() : "";
            boolean speaks = Lexicon.SPEECH_VERBS.contains(next) || Lexicon.SKIPPABLE.contains(next);
            if ((l.endsWith("ing") || l.endsWith("ly") || l.endsWith("ed") || vocabulary.contains(l)) && !speaks) {
                return null; // "Sentencing him, …", "Separately, …": a sentence starts with a common word
            }
        }
        // Title words: lower-case ones and capitalised ones just before the run ("leader", "Russian President").
        int titleFrom = from;
        while (titleFrom > 0 && from - titleFrom < 4) {
            Token t = tokens.get(titleFrom - 1);
            if (!t.word() || t.quoted() || !(Lexicon.TITLES.contains(t.lower()) || Lexicon.ROLE_NOUNS.contains(t.lower())
                    || t.capitalized() && !Lexicon.NOT_NAMES.contains(t.lower()))) {
                break;
            }
            titleFrom--;
        }
        StringBuilder title = new StringBuilder();
        for (int k = titleFrom; k < nameFrom; k++) {
            title.append(title.isEmpty() ? "" : " ").append(tokens.get(k).lower());
        }
        StringBuilder text = new StringBuilder();
        for (int k = nameFrom; k < to; k++) {
            Token t = tokens.get(k);
            text.append(k == nameFrom ? "" : " ").append(k == to - 1 ? t.bare() : t.text());
        }
        boolean definite = from > 0 && tokens.get(from - 1).lower().equals("the");
        return new Mention(Mention.Type.NAME, nameFrom, to, tokens.get(nameFrom).start(), last.end(),
                text.toString(), title.toString(), null, List.of(), last.possessive(), definite, definite ? "the" : "");
    }

    /** "North Korean troops", "Swedish company": a demonym before a common noun is not a name. */
    private static boolean isAdjective(List<Token> tokens, int from, int to) {
        if (to - from > 2 || to >= tokens.size()) {
            return false;
        }
        Token last = tokens.get(to - 1);
        Token next = tokens.get(to);
        if (last.possessive() || !next.word() || next.capitalized() || next.quoted()) {
            return false;
        }
        String l = last.lower();
        boolean demonym = isDemonym(l);
        String n = next.lower();
        // An adjective qualifies a noun: "Korean troops"; "Tran on Monday", "Morgan said" are names.
        boolean verbAfter = Lexicon.SPEECH_VERBS.contains(n) || Lexicon.RELAY_VERBS.contains(n)
                || Lexicon.SKIPPABLE.contains(n) || n.endsWith("ed") || Lexicon.PREPOSITIONS.contains(n)
                || Lexicon.NOT_NAMES.contains(n);
        return demonym && !verbAfter;
    }

    static boolean isDemonym(String l) {
        return l.endsWith("an") || l.endsWith("ese") || l.endsWith("ish") || l.endsWith("ch")
                || l.endsWith("i") && l.length() > 4;
    }

    /** "the Russian leader", "a Russian delegation", "the statement", ending at token {@code at}. */
    private static Mention description(List<Token> tokens, int at) {
        Token head = tokens.get(at);
        String noun = head.lower();
        Mention.Type type;
        if (Lexicon.ROLE_NOUNS.contains(noun)) {
            type = Mention.Type.DESCRIPTION;
        } else if (Lexicon.GROUP_NOUNS.contains(noun)) {
            type = Mention.Type.GROUP;
        } else if (Lexicon.DOCUMENT_NOUNS.contains(noun)) {
            type = Mention.Type.DOCUMENT;
        } else {
            return null;
        }
        if (at + 1 < tokens.size() && tokens.get(at + 1).capitalized() && !tokens.get(at + 1).quoted()
                && type == Mention.Type.DESCRIPTION) {
            return null; // "leader Lo Han": a title before a name
        }
        int k = at - 1;
        List<String> modifiers = new ArrayList<>();
        while (k >= 0 && at - k <= MAX_MODIFIERS + 1) {
            Token t = tokens.get(k);
            if (!t.word() || t.quoted()) {
                return null;
            }
            boolean possessor = t.possessive() && t.capitalized();
            if (DESCRIPTION_DETERMINERS.contains(t.lower()) || possessor) {
                boolean definite = !t.lower().equals("a") && !t.lower().equals("an") && !t.lower().equals("one")
                        && !t.lower().equals("another");
                // "North Korea’s foreign ministry": the possessor names whose group it is
                int first = k + 1;
                if (possessor) {
                    first = k;
                    while (first > 0 && tokens.get(first - 1).capitalized() && !tokens.get(first - 1).quoted()
                            && !Lexicon.NOT_NAMES.contains(tokens.get(first - 1).lower())) {
                        first--;
                    }
                    k = first;
                }
                StringBuilder text = new StringBuilder();
                for (int m = first; m <= at; m++) {
                    text.append(m == first ? "" : " ").append(tokens.get(m).text());
                }
                return new Mention(type, k, at + 1, tokens.get(k).start(), head.end(), text.toString(), "",
                        noun, List.copyOf(possessor ? modifiers.subList(0, modifiers.size()) : modifiers),
                        head.possessive(), definite, possessor ? "'s" : t.lower());
            }
            if (Lexicon.NOT_NAMES.contains(t.lower()) && !t.capitalized() || Lexicon.SPEECH_VERBS.contains(t.lower())) {
                return null;
            }
            modifiers.add(0, t.lower());
            k--;
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
