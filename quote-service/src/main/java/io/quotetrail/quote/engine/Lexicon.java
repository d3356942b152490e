package io.quotetrail.quote.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generic word lists the engine reads English news with. Nothing here names a particular
 * person, outlet or story: known names live in source-service's registry.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that attribute words to their grammatical subject ("X said", "said X"). */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "saying", "told", "tells", "wrote", "writes", "added", "adds",
            "stated", "states", "declared", "declares", "noted", "notes", "insisted", "insists",
            "explained", "explains", "continued", "continues", "remarked", "announced", "announces",
            "warned", "warns", "replied", "replies", "recalled", "recalls", "asked", "asks",
            "stressed", "stresses", "emphasised", "emphasized", "underlined", "hailed", "hails",
            "praised", "praises", "thanked", "thanks", "called", "calls", "urged", "urges",
            "vowed", "vows", "claimed", "claims", "described", "describes", "promised", "promises",
            "argued", "argues", "acknowledged", "admitted", "tweeted", "posted", "commented",
            "mentioned", "confirmed", "assured", "pledged", "concluded", "observed", "answered",
            "responded", "testified", "cautioned", "complained", "predicted", "joked", "boasted",
            "conceded", "shouted", "whispered", "quipped", "lamented", "wished", "expressed");

    /** Verbs whose subject relays words rather than speaking them ("KCNA reported"). */
    static final Set<String> RELAY_VERBS = Set.of(
            "reported", "reports", "revealed", "reveals", "published", "publishes", "carried",
            "carries", "quoted", "quotes", "cited", "relayed", "broadcast", "aired");

    /** Phrases whose following words name a relay: "according to X", "revealed by X". */
    static final List<String> RELAY_PREFIXES = List.of(
            "according to", "as reported by", "reported by", "revealed by", "quoted by",
            "cited by", "carried by", "published by", "relayed by", "broadcast by", "reports",
            "as quoted by", "in comments carried by", "in remarks carried by");

    /** {@link #RELAY_PREFIXES} split into words, once. */
    static final List<String[]> RELAY_PREFIX_WORDS = RELAY_PREFIXES.stream().map(p -> p.split(" ")).toList();

    /** Phrase whose following words name a source upstream of the relay just before it. */
    static final String CITING = "citing";

    /** Pronouns that may stand for a person as grammatical speaker. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    /** Every pronoun: never reported as a speaker name. */
    static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me");

    /** Adverbs and fillers that may sit between a speaker and the verb ("Kim, meanwhile, said"). */
    static final Set<String> SKIPPABLE_ADVERBS = Set.of(
            "also", "meanwhile", "later", "then", "previously", "further", "earlier", "reportedly",
            "once", "again", "separately", "however", "repeatedly", "recently", "now", "had", "has",
            "have", "was", "is", "publicly", "privately", "simply", "quickly",
            "firmly", "bluntly", "angrily", "proudly", "openly", "would", "will");

    /** Lower-case words allowed inside a personal or organisational name ("Duke of York"). */
    static final Set<String> NAME_CONNECTORS = Set.of(
            "of", "de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "y", "and");

    /** Lower-case words allowed inside the name of a relay ("North Korean state media"). */
    static final Set<String> MEDIA_WORDS = Set.of(
            "state", "news", "media", "agency", "agencies", "wire", "service", "newspaper",
            "broadcaster", "television", "tv", "radio", "outlet", "outlets", "daily", "press",
            "official", "state-run", "state-owned", "government-run", "run", "channel", "portal",
            "magazine", "website", "tabloid", "of");

    /** Words that end a relay's name ("KCNA on Friday", "AFP that ..."). */
    static final Set<String> NAME_STOP_WORDS = Set.of(
            "on", "in", "that", "which", "who", "as", "at", "said", "says", "from", "for",
            "with", "to", "after", "before", "when", "while", "late", "early", "this", "last",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday", "earlier", "later");

    /** Determiners dropped from the front of a name ("the Kremlin"). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /**
     * Media of an utterance, longest phrases first so that "new year letter" wins over "letter".
     * Maps the phrase as written to the medium reported.
     */
    static final List<Map.Entry<String, String>> MEDIA = List.of(
            Map.entry("new year's letter", "new year letter"),
            Map.entry("new year letter", "new year letter"),
            Map.entry("new year's address", "new year address"),
            Map.entry("new year address", "new year address"),
            Map.entry("press conference", "press conference"),
            Map.entry("news conference", "press conference"),
            Map.entry("telephone call", "phone call"),
            Map.entry("phone call", "phone call"),
            Map.entry("phone conversation", "phone call"),
            Map.entry("telegram post", "telegram post"),
            Map.entry("telegram channel", "telegram post"),
            Map.entry("social media post", "social media post"),
            Map.entry("video address", "video address"),
            Map.entry("televised address", "speech"),
            Map.entry("letter", "letter"),
            Map.entry("statement", "statement"),
            Map.entry("interview", "interview"),
            Map.entry("speech", "speech"),
            Map.entry("transcript", "transcript"),
            Map.entry("meeting", "meeting"),
            Map.entry("briefing", "briefing"),
            Map.entry("message", "message"),
            Map.entry("tweet", "social media post"),
            Map.entry("op-ed", "op-ed"),
            Map.entry("editorial", "editorial"),
            Map.entry("communique", "statement"),
            Map.entry("press release", "statement"));

    /** {@link #MEDIA} phrases split into words, in the same order. */
    static final List<String[]> MEDIA_PHRASE_WORDS = MEDIA.stream().map(e -> e.getKey().split(" ")).toList();

    /**
     * Starts of lines that are not news (related stories, share prompts, captions, credits),
     * compared lower-case after markdown emphasis is stripped.
     */
    static final List<String> BOILERPLATE_PREFIXES = List.of(
            "++", "related article", "related articles", "related:", "related story", "read more",
            "read also", "also read", "see also", "more:", "photo:", "photo credit", "photos:",
            "image:", "image credit", "credit:", "caption:", "pictured:", "file photo", "share this",
            "share on", "subscribe", "follow us", "sign up", "advertisement", "original url",
            "source url", "click here", "watch:", "listen:", "copyright", "©");

    /** The boilerplate line that names the article's own address. */
    static final String ORIGINAL_URL_PREFIX = "original url";

    /** Abbreviations whose full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov",
            "pres", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
}
