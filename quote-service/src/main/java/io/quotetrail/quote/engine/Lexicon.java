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

    /** A set from a word list; lists are written for reading, so a repeat is harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Gender told by an honorific or title, or 0. */
    static char genderOf(String word) {
        return switch (word) {
            case "mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman",
                 "father", "brother", "duke", "emperor", "sheikh" -> 'm';
            case "ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess", "spokeswoman",
                 "chairwoman", "congresswoman", "mother", "sister", "duchess", "empress" -> 'f';
            default -> 0;
        };
    }

    static boolean isQuoteMark(char c) {
        return "\"'\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB\u2039\u203A".indexOf(c) >= 0;
    }

    /** Verbs that attribute words to their grammatical subject ("X said", "said X", "calling it"). */
    static final Set<String> SPEECH_VERBS = words(
            "said", "says", "say", "saying", "told", "tells", "telling", "wrote", "writes", "writing",
            "added", "adds", "adding", "stated", "states", "stating", "declared", "declares", "declaring",
            "noted", "notes", "noting", "insisted", "insists", "insisting", "explained", "explains",
            "explaining", "continued", "continues", "remarked", "remarks", "announced", "announces",
            "warned", "warns", "warning", "replied", "replies", "replying", "recalled", "recalls",
            "recalling", "asked", "asks", "asking", "stressed", "stresses", "stressing", "emphasised",
            "emphasized", "emphasising", "emphasizing", "underlined", "underscored", "hailed", "hails",
            "hailing", "praised", "praises", "praising", "thanked", "thanks", "thanking", "called",
            "calls", "calling", "urged", "urges", "urging", "vowed", "vows", "vowing", "claimed",
            "claims", "claiming", "described", "describes", "describing", "promised", "promises",
            "promising", "argued", "argues", "arguing", "acknowledged", "admitted", "admits", "tweeted",
            "posted", "posting", "commented", "mentioned", "confirmed", "assured", "pledged", "pledging",
            "concluded", "observed", "answered", "responded", "testified", "cautioned", "complained",
            "predicted", "joked", "boasted", "conceded", "shouted", "quipped", "lamented", "wished",
            "expressed", "termed", "dubbed", "branded", "labelled", "labeled", "touted", "touting",
            "condemned", "condemning", "denounced", "denouncing", "accused", "accusing", "agreed",
            "agreeing", "reiterated", "reiterating", "appealed", "welcomed", "welcoming", "criticised",
            "criticized", "slammed", "blasted", "rejected", "rejecting", "dismissed", "dismissing",
            "denied", "denies", "denying", "maintained", "pointed", "commended", "commending",
            "offered", "apologised", "apologized", "conveyed", "highlighted", "highlighting",
            "characterised", "characterized", "referred", "referring", "spoke", "speaking", "ruled",
            "sentenced", "read", "reads", "insisted", "suggested", "suggesting", "added", "writes",
            "recounted", "remembered", "announced", "demanded", "demanding", "hoped", "feared",
            "vowed", "threatened", "threatening", "assessed", "estimated", "questioned", "disputed");

    /** Verbs whose subject relays words rather than speaking them ("Xinhua reported"). */
    static final Set<String> RELAY_VERBS = words(
            "reported", "reports", "revealed", "reveals", "published", "publishes", "carried",
            "carries", "quoted", "quotes", "relayed", "broadcast", "aired", "showed", "shows");

    /** Phrases after which an intermediary is named: "according to X", "revealed by X". */
    static final List<String> RELAY_PREFIXES = List.of(
            "in comments carried by", "in remarks carried by", "in comments published by", "released by",
            "issued by", "posted by",
            "as reported by", "as quoted by", "as cited by", "according to", "reported by", "revealed by",
            "quoted by", "cited by", "carried by", "published by", "relayed by", "broadcast by",
            "aired by", "reports", "citing", "more context from", "in an interview with",
            "in an interview on", "told", "speaking to", "in comments to", "in remarks to");

    static final List<String[]> RELAY_PREFIX_WORDS = RELAY_PREFIXES.stream().map(p -> p.split(" ")).toList();

    /** Personal pronouns that may be a grammatical speaker. */
    static final Set<String> PERSON_PRONOUNS = words("he", "she");
    static final Set<String> GROUP_PRONOUNS = words("they", "it");

    /** Every pronoun: never reported as a speaker name. */
    static final Set<String> PRONOUNS = words(
            "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "his", "its",
            "their", "who", "which", "that", "this", "one", "someone", "everyone", "nobody");

    /** Words that may sit between a speaker and the verb ("Kim, meanwhile, said"). */
    static final Set<String> SKIPPABLE = words(
            "also", "meanwhile", "later", "then", "previously", "further", "earlier", "reportedly",
            "once", "again", "separately", "however", "repeatedly", "recently", "now", "had", "has",
            "have", "was", "is", "were", "are", "publicly", "privately", "simply", "quickly", "firmly",
            "bluntly", "angrily", "proudly", "openly", "would", "will", "had", "specifically", "only",
            "herself", "himself", "themselves", "itself", "personally", "even", "too", "still",
            "subsequently", "formally", "officially", "already", "just", "not", "never", "always",
            "has", "did", "does", "do", "tearfully", "calmly", "flatly", "curtly", "defiantly",
            "emotionally", "directly", "first", "finally", "today", "yesterday", "tonight");

    /** Words that cannot be a name even when capitalised (sentence starts, days, months...). */
    static final Set<String> NOT_NAMES = words(
            "the", "a", "an", "in", "on", "at", "as", "after", "before", "when", "while", "since",
            "during", "against", "according", "yesterday", "today", "tomorrow", "meanwhile", "however",
            "but", "and", "or", "so", "if", "then", "than", "this", "that", "these", "those", "there",
            "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
            "my", "your", "him", "them", "us", "me", "what", "who", "whom", "which", "where", "why",
            "how", "for", "from", "to", "of", "by", "with", "without", "about", "under", "over",
            "between", "among", "into", "onto", "upon", "because", "although", "though", "despite",
            "until", "unless", "whether", "yet", "also", "still", "now", "last", "next", "some", "many",
            "most", "more", "several", "both", "each", "every", "all", "any", "no", "not", "asked",
            "speaking", "earlier", "later", "once", "once", "mr", "mrs", "ms", "dr", "sir", "dame",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "is", "are", "was", "were", "will", "would", "can", "could", "should",
            "must", "do", "does", "did", "has", "have", "had", "not", "only", "even", "just", "photo",
            "read", "watch", "listen", "update", "updated", "breaking", "exclusive", "analysis",
            "opinion", "editorial", "video", "live", "news", "related", "source", "sources", "q", "a",
            "question", "answer", "yes", "no", "well", "thank", "thanks", "good", "please", "oh",
            "one", "two", "three", "new", "year", "around", "about", "nearly", "almost", "some",
            "such", "other", "another", "those", "former", "local", "officials", "residents");

    /** Capitalised words that end a run of name words ("… Agency On Monday"): function words, days, months. */
    static final Set<String> ENDS_A_NAME = words(
            "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "from", "by", "with", "as",
            "after", "before", "when", "while", "since", "if", "that", "this", "these", "those", "it", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "is", "was", "are",
            "were", "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "yesterday", "today", "tomorrow");

    /** Titles and ranks before a name; the name proper follows the last of them. */
    static final Set<String> TITLES = words(
            "president", "minister", "prime", "premier", "chancellor", "secretary", "senator", "sen",
            "governor", "gov", "mayor", "judge", "justice", "councillor", "councilor", "coach",
            "captain", "chief", "executive", "officer", "director", "chairman", "chairwoman", "chair",
            "spokesman", "spokeswoman", "spokesperson", "general", "gen", "ambassador", "commissioner",
            "detective", "inspector", "professor", "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "dame",
            "lord", "lady", "king", "queen", "prince", "princess", "pope", "sheikh", "ceo", "cfo",
            "speaker", "leader", "deputy", "foreign", "interior", "defence", "defense", "finance",
            "economy", "health", "trade", "justice", "state", "vice", "representative", "rep",
            "congressman", "congresswoman", "mp", "lawmaker", "admiral", "colonel", "col", "major",
            "lieutenant", "lt", "sergeant", "sgt", "corporal", "bishop", "archbishop", "cardinal",
            "rabbi", "imam", "father", "reverend", "rev", "head", "founder", "manager", "striker",
            "midfielder", "defender", "goalkeeper", "forward", "star", "veteran", "champion",
            "envoy", "attorney", "prosecutor", "counsel", "lawyer", "economist", "analyst",
            "correspondent", "editor", "reporter", "host", "presenter", "anchor", "commander",
            "mr.", "mrs.", "ms.", "dr.", "chairperson", "treasurer", "auditor", "magistrate",
            "constable", "superintendent", "marshal", "pastor", "emir", "crown", "opposition",
            "party", "union", "council", "district", "county", "city", "regional", "federal",
            "national", "assistant", "associate", "senior", "junior", "acting", "interim", "former",
            "chief executive", "board", "chief", "operating", "financial", "technology", "general",
            "secretary-general", "director-general", "attorney-general", "first");

    /** Role nouns that a description can stand on ("the spokeswoman", "the Russian leader"). */
    static final Set<String> ROLE_NOUNS = words(
            "leader", "president", "minister", "premier", "chancellor", "spokeswoman", "spokesman",
            "spokesperson", "secretary", "senator", "governor", "mayor", "judge", "prosecutor",
            "coach", "manager", "striker", "player", "captain", "executive", "chairman", "chairwoman",
            "director", "ambassador", "envoy", "commissioner", "official", "lawyer", "attorney",
            "analyst", "economist", "scientist", "researcher", "professor", "king", "queen", "prince",
            "pope", "general", "commander", "defendant", "councillor", "founder", "ceo", "boss",
            "lawmaker", "mp", "deputy", "speaker", "chief", "foreign minister", "head", "midfielder",
            "goalkeeper", "defender", "forward", "star", "veteran", "champion", "presenter", "host",
            "witness", "victim", "widow", "chairperson", "treasurer", "owner", "designer", "engineer",
            "diplomat", "author", "spokesman", "adviser", "advisor", "aide", "negotiator", "organiser",
            "organizer", "activist", "campaigner", "resident", "farmer", "teacher", "doctor", "nurse",
            "driver", "worker", "striker", "winger", "midfielder", "skipper", "chairman", "boss",
            "premier", "regulator", "governor", "candidate", "nominee", "inventor", "entrepreneur",
            "investor", "banker", "trader", "singer", "actor", "actress", "director", "producer",
            "writer", "poet", "historian", "expert", "academic", "lecturer", "student", "pilot",
            "astronaut", "commissioner", "counsel", "lawmaker", "legislator", "senator", "mayor");

    /** Nouns for a group that can speak ("a Russian delegation", "the ministry"). */
    static final Set<String> GROUP_NOUNS = words(
            "delegation", "ministry", "government", "company", "firm", "council", "union", "club",
            "court", "police", "group", "committee", "embassy", "campaign", "party", "board",
            "agency", "commission", "federation", "administration", "department", "office",
            "authority", "regulator", "team", "organisers", "organizers", "prosecutors", "carmaker",
            "developer", "operator", "airline", "bank", "insurer", "retailer", "charity", "trust",
            "association", "alliance", "coalition", "movement", "army", "military", "secretariat",
            "cabinet", "presidency", "kremlin", "palace", "spokespeople", "officials", "lawyers");

    /** Words that make a capitalised name an organisation rather than a person. */
    static final Set<String> ORG_WORDS = words(
            "ministry", "agency", "council", "party", "commission", "office", "department",
            "authority", "government", "police", "court", "union", "bank", "group", "motors",
            "partners", "inc", "ltd", "plc", "corp", "corporation", "company", "co", "association",
            "federation", "committee", "embassy", "service", "services", "university", "institute",
            "foundation", "club", "fc", "league", "alliance", "coalition", "homes", "buses", "airlines",
            "airways", "news", "media", "press", "times", "post", "herald", "tribune", "gazette",
            "journal", "daily", "radio", "tv", "television", "broadcasting", "network", "wire",
            "telegraph", "observer", "courier", "chronicle", "review", "monitor", "digest", "insider",
            "sport", "sports", "world", "parliament", "assembly", "senate", "congress", "house",
            "administration", "secretariat", "cabinet", "army", "navy", "force", "forces", "command",
            "organisation", "organization", "network", "society", "trust", "fund", "board",
            "program", "programme", "centre", "center", "hospital", "school", "church", "kremlin",
            "pentagon", "palace", "republic", "state", "states", "kingdom", "nations", "union");

    /** Lower-case words allowed inside the name of a relay ("North Korean state media"). */
    /** "last week", "last month": a time before the story's. */
    static final Set<String> PERIOD_WORDS = words(
            "week", "weekend", "month", "year", "time", "night", "spring", "summer", "autumn", "winter", "season");

    static final Set<String> MEDIA_WORDS = words(
            "state", "news", "media", "agency", "agencies", "wire", "newswire", "service", "newspaper",
            "broadcaster", "television", "tv", "radio", "outlet", "outlets", "daily", "press",
            "official", "state-run", "state-owned", "government-run", "channel", "portal", "magazine",
            "website", "tabloid", "public", "national", "paper", "weekly", "broadsheet", "network");

    /** Lower-case words of an office's name ("the Egyptian foreign ministry"). */
    static final Set<String> OFFICE_WORDS = words(
            "foreign", "interior", "defence", "defense", "finance", "health", "justice", "economy",
            "trade", "commerce", "education", "energy", "environment", "labour", "labor", "transport",
            "home", "state", "presidential", "federal", "national", "regional", "city", "county");

    /** Words in the names of newspapers, broadcasters and agencies ("Rural Times", "Sky Sport Italia"). */
    static final Set<String> NEWS_WORDS = words(
            "news", "media", "press", "times", "post", "herald", "tribune", "gazette", "journal", "daily",
            "radio", "tv", "television", "broadcasting", "network", "wire", "newswire", "telegraph", "observer",
            "courier", "chronicle", "review", "monitor", "digest", "insider", "sport", "sports", "agency",
            "agence", "presse", "channel", "magazine", "weekly", "express", "mail", "mirror", "star",
            "standard", "independent", "guardian", "globe", "sun", "record", "bulletin", "dispatch",
            "ledger", "register", "inquirer", "examiner", "reporter", "politico", "today", "online");

    /** Head nouns of a relay named without a proper name ("state media", "the news agency"). */
    static final Set<String> MEDIA_HEADS = words(
            "media", "agency", "newspaper", "broadcaster", "television", "tv", "radio", "outlet",
            "outlets", "paper", "channel", "portal", "magazine", "website", "tabloid", "wire", "newswire", "service");

    /** Words that end a relay's or speaker's name ("Xinhua on Friday", "AFP that ..."). */
    static final Set<String> NAME_STOP_WORDS = words(
            "on", "in", "that", "which", "who", "as", "at", "said", "says", "from", "for", "with",
            "to", "after", "before", "when", "while", "late", "early", "this", "last", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "earlier", "later", "and", "but", "reported", "reports", "quoted", "cited", "showed");

    /** Determiners dropped from the front of a name ("the Kremlin"). */
    static final Set<String> DETERMINERS = words("the", "a", "an");

    /** Prepositions: a name right after one is an object, not a speaker. */
    static final Set<String> PREPOSITIONS = words(
            "to", "for", "with", "of", "from", "at", "in", "on", "against", "about", "than", "into",
            "toward", "towards", "alongside", "between", "among", "behind", "beside", "upon", "via",
            "over", "under", "through", "like", "including", "by", "thanked", "met", "visited", "and");

    /** Words after which a short quotation is a title, a name or a term, not somebody's words. */
    static final Set<String> NON_QUOTE_LEAD_WORDS = words(
            "film", "movie", "book", "novel", "song", "album", "single", "series", "show", "play",
            "documentary", "programme", "program", "podcast", "titled", "entitled", "nicknamed",
            "so-called", "slogan", "hashtag", "headline", "motto", "banner", "placard", "placards",
            "sign", "label", "brand", "word", "words", "phrase", "term", "poem", "opera", "musical",
            "exhibition", "column", "newsletter", "magazine", "operation", "codenamed", "dubbed",
            "known", "named", "tagline", "logo", "anthem", "chant", "chanting", "chanted", "chants",
            "sang", "singing", "called", "branded", "call");

    /** Verbs before a short quotation that mark it as a name given, not words spoken. */
    static final Set<String> NAMING_VERBS = words(
            "nicknamed", "dubbed", "codenamed", "titled", "entitled", "named", "known", "so-called", "branded");

    /**
     * Media of an utterance, longest phrases first so that "new year letter" wins over "letter".
     * Maps the phrase as written to the medium reported.
     */
    static final List<Map.Entry<String, String>> MEDIA = List.of(
            Map.entry("new year's letter", "New Year letter"),
            Map.entry("new year letter", "New Year letter"),
            Map.entry("new year's address", "New Year address"),
            Map.entry("new year address", "New Year address"),
            Map.entry("press conference", "press conference"),
            Map.entry("news conference", "press conference"),
            Map.entry("press briefing", "press conference"),
            Map.entry("news briefing", "press conference"),
            Map.entry("told reporters", "press conference"),
            Map.entry("post-match press conference", "press conference"),
            Map.entry("telephone call", "phone call"),
            Map.entry("phone call", "phone call"),
            Map.entry("phone conversation", "phone call"),
            Map.entry("telephone conversation", "phone call"),
            Map.entry("on telegram", "Telegram post"),
            Map.entry("telegram post", "Telegram post"),
            Map.entry("telegram channel", "Telegram post"),
            Map.entry("telegram", "Telegram post"),
            Map.entry("social media post", "social-media post"),
            Map.entry("social-media post", "social-media post"),
            Map.entry("on social media", "social-media post"),
            Map.entry("on instagram", "social-media post"),
            Map.entry("on facebook", "social-media post"),
            Map.entry("on x", "social-media post"),
            Map.entry("on twitter", "social-media post"),
            Map.entry("on truth social", "social-media post"),
            Map.entry("on threads", "social-media post"),
            Map.entry("on bluesky", "social-media post"),
            Map.entry("on linkedin", "social-media post"),
            Map.entry("instagram post", "social-media post"),
            Map.entry("tweeted", "social-media post"),
            Map.entry("tweet", "social-media post"),
            Map.entry("video address", "video address"),
            Map.entry("televised address", "speech"),
            Map.entry("letter", "letter"),
            Map.entry("statement", "statement"),
            Map.entry("press release", "statement"),
            Map.entry("communique", "statement"),
            Map.entry("interview", "interview"),
            Map.entry("speech", "speech"),
            Map.entry("address", "speech"),
            Map.entry("transcript", "transcript"),
            Map.entry("meeting", "meeting"),
            Map.entry("briefing", "press conference"),
            Map.entry("message", "message"),
            Map.entry("op-ed", "op-ed"),
            Map.entry("editorial", "editorial"),
            Map.entry("hearing", "hearing"),
            Map.entry("rally", "speech"),
            Map.entry("podcast", "interview"),
            Map.entry("earnings call", "call"));

    /** {@link #MEDIA} phrases split into words, in the same order. */
    static final List<String[]> MEDIA_PHRASE_WORDS = MEDIA.stream().map(e -> e.getKey().split(" ")).toList();

    /** Indexes into {@link #MEDIA} by the phrase's first word, longest phrases first. */
    static final Map<String, List<Integer>> MEDIA_BY_FIRST_WORD;

    static {
        Map<String, List<Integer>> index = new java.util.HashMap<>();
        for (int i = 0; i < MEDIA.size(); i++) {
            index.computeIfAbsent(MEDIA_PHRASE_WORDS.get(i)[0], k -> new java.util.ArrayList<>()).add(i);
        }
        MEDIA_BY_FIRST_WORD = Map.copyOf(index);
    }

    /** Documents that can stand as the grammatical speaker ("the statement said"). */
    static final Set<String> DOCUMENT_NOUNS = words(
            "statement", "letter", "message", "post", "note", "report", "ruling", "judgment",
            "communique", "release", "document", "filing", "memo", "email", "text", "transcript",
            "announcement", "notice", "tweet", "order", "readout", "verdict", "decision", "opinion",
            "indictment", "complaint", "lawsuit", "petition", "resolution", "declaration", "editorial");

    /** Starts of paragraphs that are not news, compared in lower case. */
    static final List<String> BOILERPLATE_PREFIXES = List.of(
            "++", "related article", "related articles", "related:", "related story", "related stories",
            "read more", "read also", "also read", "see also", "more:", "photo:", "photo credit",
            "photos:", "photograph:", "image:", "image credit", "credit:", "caption:", "photo caption",
            "pictured:", "file photo", "share this", "share on", "share:", "subscribe", "follow us",
            "follow ", "sign up", "advertisement", "original url", "source url", "click here", "watch:",
            "listen:", "copyright", "©", "stay current", "get the latest", "download our", "more ap ",
            "more from", "source:", "sources:", "tags:", "topics:", "editing by", "(reporting by",
            "(additional reporting", "(writing by", "(editing by", "this story has been", "why it matters:",
            "all rights reserved", "join our", "support our", "newsletter");

    /** Substrings that mark a photo caption or credit. */
    static final List<String> CAPTION_MARKERS = List.of(
            "photo:", "(photo", "photograph:", " pic)", "(getty", "getty images", "(file photo",
            "image credit", "photo credit", "(reuters/", "(ap photo", "(afp photo", "picture:",
            "(pic:", "pictures)", "| share this");

    /** The boilerplate line that names the article's own address. */
    static final String ORIGINAL_URL_PREFIX = "original url";

    /** Abbreviations whose full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov",
            "pres", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
            "capt", "cmdr", "adm", "rev", "hon", "mt", "ft", "approx", "est", "dept", "govt");

    /** Paragraph labels that look like a transcript turn but are not one. */
    static final Set<String> NOT_SPEAKER_LABELS = words(
            "photo", "source", "sources", "related", "update", "updated", "note", "editor's note",
            "read more", "original url", "watch", "caption", "credit", "warning", "correction",
            "why it matters", "background", "context", "what's next", "the bottom line", "key points",
            "tags", "topics", "more", "listen", "video", "editing", "reporting", "writing", "sign up",
            "follow", "share", "contact", "email", "phone", "address", "date", "time", "location",
            "venue", "score", "result", "results", "breaking", "analysis", "opinion", "explainer",
            "timeline", "factbox", "fact check", "verdict", "sentence", "charges", "quote", "quotes");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
}
