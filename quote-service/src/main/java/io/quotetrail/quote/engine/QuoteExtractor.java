package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of an article and attributes each to a speaker, a medium, an occasion
 * and the intermediaries it came through. A pure function of its input, with no framework; the
 * work is linear in the length of the text (every look-around is bounded).
 *
 * <p>Two passes: the first reads every paragraph (quotation marks, sentences, names) and builds
 * the article's {@link Cast}; the second attributes each quotation, reading its sentence, its
 * neighbours and what the story says once for all (bylines, datelines, "X reported").
 */
public final class QuoteExtractor {

    /** Tokens of a sentence read on either side of a quotation. */
    static final int WINDOW_TOKENS = 60;
    /** Quotations up to this many words with no speech verb near them are terms, not words spoken. */
    private static final int SCARE_QUOTE_WORDS = 3;
    private static final int TITLE_WORDS = 6;
    private static final int MAX_RELAY_TOKENS = 8;
    private static final int LEAD_PARAGRAPHS = 6;
    /** Tokens of the longest sentence read as one: text without full stops is cut into pieces this long. */
    private static final int MAX_SENTENCE_TOKENS = 200;
    /** Intermediaries one sentence can name; more is a list, not a chain. */
    private static final int MAX_HOPS = 6;
    /** Name mentions looked back over to resolve a pronoun or a short form: bounded, so any input stays linear. */
    private static final int LOOKBACK_NAMES = 300;
    /** Headline paragraphs read: a page of nothing but headline-shaped lines is not a story. */
    private static final int MAX_HEADLINES = 6;
    /** Paragraphs back in which a quotation without a cue continues the last speaker. */
    private static final int CONTINUATION_PARAGRAPHS = 2;

    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'’-]{1,40}(?:,[^()\\n]{1,40})?\\s*\\(([^()\\n]{2,40})\\)\\s*[-–—]");
    private static final Pattern SLASH_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'’-]{1,40},?[^/\\n]{0,40}/([\\p{L}-]{2,20})/");
    private static final Pattern TURN = Pattern.compile(
            "^([\\p{Lu}][\\p{L}.'’ -]{0,60}?)(?:\\s*\\([^()\\n]{1,60}\\))?(?:,\\s*[^:\\n]{1,80})?:\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern DATE_DMY = Pattern.compile(
            "\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DATE_MDY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b");
    /** "in March", "last September", "in early June 2024": a month told without its day. */
    private static final Pattern DATE_MONTH = Pattern.compile(
            "\\b(?:[Ii]n|[Ll]ast|[Ss]ince|[Dd]uring)\\s+(?:(?:early|mid|late)[- ])?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(\\d{4}))?\\b");
    /** A month told without its day stands for its middle. */
    private static final int MID_MONTH = 15;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What only an organisation has ("Greyline's head office"). */
    private static final Set<String> ORGANISATION_PARTS = Set.of(
            "managing", "head", "headquarters", "board", "shares", "shareholders", "staff", "employees", "workers",
            "drivers", "chief", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman", "spokesperson",
            "factory", "plant", "stores", "customers", "profits", "revenue", "management", "executives");
    /** Who speaks for an organisation rather than for themselves. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "representative");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("[\\s:,]+");

    private QuoteExtractor() {
    }

    public static List<ExtractedQuote> extract(ArticleInput input) {
        return extract(ArticleText.parse(input), input);
    }

    public static List<ExtractedQuote> extract(ArticleText text, ArticleInput input) {
        return new Reading(text, input).run();
    }

    // --- one article -----------------------------------------------------------------------

    /** A paragraph as read in the first pass. */
    private static final class Block {
        final int index;
        final ArticleText.Paragraph paragraph;
        final List<QuoteMarks.Span> spans;
        final List<Token> tokens;
        final List<Mention> mentions;
        /** Token index where each sentence starts, ascending, starting with 0. */
        final int[] sentences;
        final String turnLabel;
        final int turnStart;

        /** Position in the reading's block list. */
        int position;
        private final Mention[] byStart;
        private final Mention[] byEnd;

        Block(int index, ArticleText.Paragraph paragraph, List<QuoteMarks.Span> spans, List<Token> tokens,
              List<Mention> mentions, int[] sentences, String turnLabel, int turnStart) {
            this.byStart = new Mention[tokens.size() + 1];
            this.byEnd = new Mention[tokens.size() + 1];
            for (Mention m : mentions) {
                byStart[m.from()] = m;
                byEnd[m.to()] = m;
            }
            this.index = index;
            this.paragraph = paragraph;
            this.spans = spans;
            this.tokens = tokens;
            this.mentions = mentions;
            this.sentences = sentences;
            this.turnLabel = turnLabel;
            this.turnStart = turnStart;
        }

        int sentenceStart(int token) {
            int i = java.util.Arrays.binarySearch(sentences, token);
            return i >= 0 ? sentences[i] : sentences[Math.max(0, -i - 2)];
        }

        int sentenceEnd(int token) {
            int i = java.util.Arrays.binarySearch(sentences, token);
            int next = i >= 0 ? i + 1 : -i - 1;
            return next < sentences.length ? sentences[next] : tokens.size();
        }

        Mention mentionEndingAt(int tokenExclusiveEnd) {
            return tokenExclusiveEnd >= 0 && tokenExclusiveEnd < byEnd.length ? byEnd[tokenExclusiveEnd] : null;
        }

        Mention mentionStartingAt(int token) {
            return token >= 0 && token < byStart.length ? byStart[token] : null;
        }

        /** The mentions that start within tokens [from, to), in order. */
        List<Mention> mentionsIn(int from, int to) {
            int lo = 0;
            int hi = mentions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (mentions.get(mid).from() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int end = lo;
            while (end < mentions.size() && mentions.get(end).from() < to) {
                end++;
            }
            return mentions.subList(lo, end);
        }
    }

    /** An intermediary named in the text. */
    private record Hop(String name, String evidence, int at) {
    }

    /** A speaker found for a quotation. */
    private record Speaker(Cast.Entity entity, String asWritten, String cue, String documentMedium) {
    }

    private static final class Reading {
        final ArticleText text;
        final String clean;
        final ArticleInput input;
        final Cast cast = new Cast();
        final List<Block> blocks = new ArrayList<>();
        /** Every name mention in reading order: offset and entity, for "the most recent person". */
        final List<Integer> namedAt = new ArrayList<>();
        final List<Cast.Entity> namedEntity = new ArrayList<>();
        final List<Hop> wire = new ArrayList<>();
        final Map<Cast.Entity, List<Hop>> storyHops = new HashMap<>();
        final Map<Cast.Entity, String> speakerMedium = new HashMap<>();
        final Map<String, Cast.Entity> groupsByHead = new HashMap<>();
        final Set<Integer> leadBlocks = new java.util.HashSet<>();
        final Map<Integer, ExtractedQuote> byStart = new HashMap<>();
        /** Who issued each document the story mentions ("statement" → the ministry), by position. */
        final Map<String, java.util.TreeMap<Integer, Cast.Entity>> documentAuthors = new HashMap<>();
        final Map<String, Integer> mediumCounts = new LinkedHashMap<>();
        /** Hops that a "More context from X:" line sets for the quotations after it. */
        List<Hop> contextHops = List.of();
        /** What the lead names as the source of the whole story, not of one speaker. */
        List<Hop> storyWideHops = List.of();
        int contextFrom = Integer.MAX_VALUE;
        /** Media the article names, by position, for "the paper", "the agency". */
        final java.util.TreeMap<Integer, String> mediaNamed = new java.util.TreeMap<>();
        /** "the TickerScribe transcript showed": who transcribed the turns. */
        Hop transcriptSource;
        Speaker lastSpeaker;
        int lastSpeakerBlock = -10;
        List<Hop> lastHops = List.of();
        String lastMedium;
        int transcriptTurns;
        boolean mentionsTranscript;

        Reading(ArticleText text, ArticleInput input) {
            this.text = text;
            this.clean = text.clean();
            this.input = input;
        }

        List<ExtractedQuote> run() {
            read();
            findWire();
            findStoryAttributions();
            List<ExtractedQuote> quotes = new ArrayList<>();
            List<Block> headlines = new ArrayList<>();
            for (Block block : blocks) {
                if (block.paragraph.role() == ArticleText.Role.HEADLINE) {
                    headlines.add(block);
                    continue;
                }
                if (block.turnLabel != null && transcriptTurns >= 2) {
                    ExtractedQuote turn = turn(block);
                    if (turn != null) {
                        quotes.add(turn);
                    }
                    continue;
                }
                QuoteMarks.Span outer = null;
                for (QuoteMarks.Span span : block.spans) {
                    if (span.depth() == 0) {
                        outer = span;
                    }
                    ExtractedQuote quote = span.depth() == 0 ? attribute(block, span) : nested(span, outer);
                    if (quote != null) {
                        quotes.add(quote);
                        byStart.put(quote.start(), quote);
                    }
                }
            }
            List<ExtractedQuote> body = List.copyOf(quotes);
            for (Block block : headlines.subList(0, Math.min(headlines.size(), MAX_HEADLINES))) {
                for (QuoteMarks.Span span : block.spans) {
                    ExtractedQuote quote = span.depth() == 0 ? headline(block, span, body) : null;
                    if (quote != null) {
                        quotes.add(quote);
                    }
                }
            }
            quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return quotes;
        }

        // --- first pass ----------------------------------------------------------------------

        void read() {
            List<ArticleText.Paragraph> paragraphs = text.paragraphs();
            java.util.Set<String> vocabulary = lowerCaseWords();
            boolean runsOn = false;
            for (int p = 0; p < paragraphs.size(); p++) {
                ArticleText.Paragraph paragraph = paragraphs.get(p);
                if (paragraph.role() == ArticleText.Role.BOILERPLATE) {
                    continue;
                }
                ArticleText.Paragraph next = nextProse(paragraphs, p);
                boolean nextOpens = next != null && QuoteMarks.opensQuote(clean, next.start(), next.end());
                String body = clean.substring(paragraph.start(), paragraph.end());
                Matcher turn = paragraph.role() == ArticleText.Role.BODY ? TURN.matcher(body) : null;
                String label = turn != null && turn.matches() ? speakerLabel(turn.group(1)) : null;
                int turnStart = label == null ? -1 : paragraph.start() + turn.start(2);
                List<QuoteMarks.Span> spans = label != null ? List.of()
                        : QuoteMarks.scan(clean, paragraph.start(), paragraph.end(), runsOn, nextOpens);
                if (spans.isEmpty() && paragraph.blockQuote() && paragraph.role() == ArticleText.Role.BODY
                        && "—–-".indexOf(clean.charAt(paragraph.start())) < 0) {
                    // a block quote set off without marks is a quotation all the same
                    spans = List.of(new QuoteMarks.Span(paragraph.start(), paragraph.end(), paragraph.start(),
                            paragraph.end(), 0, false));
                }
                runsOn = !spans.isEmpty() && spans.get(spans.size() - 1).close() < 0 && nextOpens;
                List<QuoteMarks.Span> outer = spans.stream().filter(s -> s.depth() == 0).toList();
                int from = label != null ? turnStart : paragraph.start();
                List<Token> tokens = Token.tokenize(clean, from, paragraph.end(),
                        label != null ? offset -> offset >= turnStart : insideSpans(outer));
                List<Mention> mentions = MentionFinder.find(tokens, vocabulary);
                for (Mention m : mentions) {
                    if (m.isName()) {
                        Cast.Entity entity = cast.register(m, speaking(tokens, m));
                        namedAt.add(m.start());
                        namedEntity.add(entity);
                        if (m.possessive() && m.to() < tokens.size() && ORGANISATION_PARTS.contains(tokens.get(m.to()).lower())
                                && !entity.person) {
                            entity.organisation = true; // "Greyline's managing director", "Norrvik's shares"
                        }
                        if (entity.media && !entity.person) {
                            mediaNamed.put(m.start(), canonicalMediaName(m.text()));
                        }
                    }
                }
                if (label != null) {
                    transcriptTurns++;
                }
                countMedia(tokens);
                Block block = new Block(p, paragraph, spans, tokens, mentions, sentences(tokens, outer), label, turnStart);
                block.position = blocks.size();
                blocks.add(block);
            }
        }

        /** Words the article writes in lower case somewhere. */
        private java.util.Set<String> lowerCaseWords() {
            java.util.Set<String> words = new java.util.HashSet<>();
            int n = clean.length();
            int i = 0;
            while (i < n) {
                if (Character.isLetter(clean.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(clean.charAt(i - 1)))) {
                    int end = i;
                    while (end < n && Character.isLetter(clean.charAt(end))) {
                        end++;
                    }
                    if (Character.isLowerCase(clean.charAt(i)) && end - i < 30) {
                        words.add(clean.substring(i, end));
                    }
                    i = end;
                } else {
                    i++;
                }
            }
            return words;
        }

        private ArticleText.Paragraph nextProse(List<ArticleText.Paragraph> paragraphs, int p) {
            for (int k = p + 1; k < paragraphs.size(); k++) {
                if (paragraphs.get(k).role() != ArticleText.Role.BOILERPLATE) {
                    return paragraphs.get(k);
                }
            }
            return null;
        }

        /** Whether ascending offsets fall inside the spans: one pass, as tokens come in order. */
        private static java.util.function.IntPredicate insideSpans(List<QuoteMarks.Span> spans) {
            int[] next = {0};
            return offset -> {
                while (next[0] < spans.size() && spanEnd(spans.get(next[0])) < offset) {
                    next[0]++;
                }
                return next[0] < spans.size() && offset >= spans.get(next[0]).open();
            };
        }

        private static int spanEnd(QuoteMarks.Span s) {
            return s.close() < 0 ? s.contentEnd() : s.close();
        }

        /** A name that is the subject of a speech verb ("Tran, meanwhile, said") or follows one ("said Tran"). */
        private static boolean speaking(List<Token> tokens, Mention m) {
            int k = m.to();
            for (int appositive = 0; appositive < 2 && k < tokens.size() && tokens.get(k).is(","); appositive++) {
                // over appositives: "Lee Soon-ja, 91, whose brother …, told AFP"
                int start = k;
                for (int a = k + 1; a < Math.min(tokens.size(), k + 22); a++) {
                    Token t = tokens.get(a);
                    if (t.is(",")) {
                        k = a;
                        break;
                    }
                    if (t.quoted() || t.is(".") || Lexicon.SPEECH_VERBS.contains(t.lower())) {
                        break;
                    }
                }
                if (k == start) {
                    break;
                }
            }
            if (k < tokens.size() && tokens.get(k).is(",")) {
                k++;
            }
            while (k < tokens.size() && (Lexicon.SKIPPABLE.contains(tokens.get(k).lower()) || tokens.get(k).is(","))) {
                k++;
            }
            if (k < tokens.size() && Lexicon.SPEECH_VERBS.contains(tokens.get(k).lower()) && !m.possessive()) {
                return true;
            }
            boolean inverted = m.from() > 0 && Set.of("said", "says", "added", "asked", "wrote", "replied")
                    .contains(tokens.get(m.from() - 1).lower());
            return inverted && (m.to() >= tokens.size() || !tokens.get(m.to()).word());
        }

        /** Sentence starts (token indexes): after . ! ? outside quotations, before a capital or an opening mark. */
        private static int[] sentences(List<Token> tokens, List<QuoteMarks.Span> spans) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            Set<Integer> closes = new java.util.HashSet<>();
            for (QuoteMarks.Span span : spans) {
                closes.add(span.close());
            }
            for (int k = 1; k < tokens.size(); k++) {
                Token previous = tokens.get(k - 1);
                Token t = tokens.get(k);
                boolean boundary = false;
                if (!previous.quoted() && (previous.is(".") || previous.is("!") || previous.is("?"))) {
                    boolean abbreviation = k >= 2 && tokens.get(k - 2).word()
                            && (Lexicon.ABBREVIATIONS.contains(tokens.get(k - 2).lower())
                            || tokens.get(k - 2).text().length() == 1 && tokens.get(k - 2).capitalized());
                    boundary = !abbreviation && (t.capitalized() || !t.word() && Lexicon.isQuoteMark(t.text().charAt(0)) || t.word() && Character.isDigit(t.text().charAt(0)));
                } else if (previous.quoted() && !t.quoted() && previous.word() == false
                        && closes.contains(previous.start()) && k >= 2
                        && ".!?".contains(tokens.get(k - 2).text()) && (t.capitalized() || Lexicon.isQuoteMark(t.text().charAt(0)))) {
                    boundary = true; // “… today.” He said
                } else if (!previous.quoted() && (previous.is(";"))) {
                    boundary = false;
                }
                if (boundary || k - starts.get(starts.size() - 1) >= MAX_SENTENCE_TOKENS) {
                    starts.add(k); // a "sentence" without end is read in bounded pieces
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private void countMedia(List<Token> tokens) {
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).quoted()) {
                    continue;
                }
                String medium = mediumAt(tokens, k);
                if (medium != null) {
                    mediumCounts.merge(medium, 1, Integer::sum);
                    if (medium.equals("transcript")) {
                        mentionsTranscript = true;
                    }
                }
            }
        }

        /** "ANNIKA LÖVGREN", "Judge Whitcomb", "Q": the speaker a transcript line names, or null. */
        private String speakerLabel(String label) {
            String trimmed = label.strip();
            String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
            if (Lexicon.NOT_SPEAKER_LABELS.contains(lower) || WHITESPACE.split(trimmed).length > 5
                    || trimmed.length() < 1) {
                return null;
            }
            String first = WHITESPACE.split(lower)[0];
            if (Lexicon.PREPOSITIONS.contains(first)) {
                return null; // "In November, Mayor Ana Ruiz said: …" is a sentence, not a transcript turn
            }
            for (String word : WHITESPACE.split(trimmed)) {
                if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !word.equals("of") && !word.equals("de")) {
                    return null;
                }
            }
            if (trimmed.equals(trimmed.toUpperCase(java.util.Locale.ROOT)) && trimmed.length() > 3) {
                StringBuilder titled = new StringBuilder();
                for (String word : WHITESPACE.split(trimmed.toLowerCase(java.util.Locale.ROOT))) {
                    titled.append(titled.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
                return titled.toString();
            }
            return trimmed;
        }

        // --- what the story says once ------------------------------------------------------

        /** Bylines ("By AFP") and wire datelines ("SEOUL (AFP) -", "MOSCOW, Sept 9. /TASS/."). */
        void findWire() {
            int seen = 0;
            for (Block block : blocks) {
                if (seen++ > LEAD_PARAGRAPHS) {
                    break;
                }
                String body = clean.substring(block.paragraph.start(), block.paragraph.end());
                if (block.paragraph.role() == ArticleText.Role.BYLINE) {
                    String name = bylineAgency(body.substring(3));
                    if (name != null) {
                        addWire(new Hop(name, body, block.paragraph.start()));
                    }
                    continue;
                }
                Matcher m = WIRE_DATELINE.matcher(body);
                if (m.find() && isAgencyName(m.group(1))) {
                    addWire(new Hop(m.group(1).strip(), m.group(0), block.paragraph.start()));
                    continue;
                }
                m = SLASH_DATELINE.matcher(body);
                if (m.find()) {
                    addWire(new Hop(m.group(1), m.group(0), block.paragraph.start()));
                }
            }
        }

        private void addWire(Hop hop) {
            if (wire.stream().noneMatch(h -> h.name().equalsIgnoreCase(hop.name()))) {
                wire.add(hop);
            }
        }

        /** The agency a byline names, or null when it names the outlet's own reporter. */
        private String bylineAgency(String byline) {
            String name = byline.split("[,|·•—–]| and | in ")[0].strip();
            StringBuilder kept = new StringBuilder();
            for (String word : WHITESPACE.split(name)) {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("staff") || lower.equals("reporter") || lower.equals("reporters")
                        || lower.equals("correspondent") || lower.equals("desk") || lower.equals("team")) {
                    continue;
                }
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
            String candidate = kept.toString();
            return isAgencyName(candidate) ? candidate : null;
        }

        /** One word or an acronym or a name with media words: an agency; two or three plain words: a person. */
        private static boolean isAgencyName(String name) {
            String[] words = WHITESPACE.split(name.strip());
            if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].codePointAt(0))) {
                return false;
            }
            if (words.length == 1) {
                return true;
            }
            for (String word : words) {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (Lexicon.ORG_WORDS.contains(lower) || Lexicon.MEDIA_WORDS.contains(lower)
                        || word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                        || lower.startsWith("agence") || lower.endsWith("-presse")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An intermediary named once for the story ("… , North Korean state media reported",
         * "… , reports The Guardian") governs the quotations of the speaker that sentence is about.
         */
        private static boolean containsQuote(Block block, int from, int to) {
            for (int k = from; k < to; k++) {
                if (block.tokens.get(k).quoted()) {
                    return true;
                }
            }
            return false;
        }

        void findStoryAttributions() {
            int bodySeen = 0;
            for (Block block : blocks) {
                if (block.paragraph.role() == ArticleText.Role.BODY && block.tokens.size() >= 8 && bodySeen++ < 3) {
                    leadBlocks.add(block.index);
                }
            }
            for (Block block : blocks) {
                if (block.turnLabel != null) {
                    continue;
                }
                for (int s = 0; s < block.sentences.length; s++) {
                    int from = block.sentences[s];
                    int to = s + 1 < block.sentences.length ? block.sentences[s + 1] : block.tokens.size();
                    recordDocumentAuthor(block, from, to);
                    recordSpeakerMedium(block, from, to);
                    List<Hop> hops = relays(block, from, to, null);
                    Hop context = contextLine(block, from, to);
                    if (context != null) {
                        contextHops = List.of(context);
                        contextFrom = block.paragraph.end();
                        continue;
                    }
                    boolean lead = leadBlocks.contains(block.index);
                    if (hops.isEmpty() || !lead && containsQuote(block, from, to)) {
                        continue; // a quotation's own attribution governs that quotation only
                    }
                    Speaker subject = sentenceSubject(block, from, to);
                    if (subject != null && subject.entity() != null) {
                        storyHops.putIfAbsent(subject.entity(), hops);
                    } else if (lead && storyWideHops.isEmpty() && hops.stream().noneMatch(h -> h == transcriptSource)
                            && !backgroundReport(block, from, to)) {
                        // "A London adviser has been jailed, reports The Guardian": the story's source
                        storyWideHops = hops;
                    }
                }
            }
        }

        /**
         * "Local media reported last week that the plan had been discussed": an earlier report, told as
         * background, is not the source of this story.
         */
        private static boolean backgroundReport(Block block, int from, int to) {
            List<Token> t = block.tokens;
            for (int k = from; k < to; k++) {
                String word = t.get(k).lower();
                String next = k + 1 < to ? t.get(k + 1).lower() : "";
                if (word.equals("last") && Lexicon.PERIOD_WORDS.contains(next)
                        || word.equals("earlier") || word.equals("previously")
                        || word.equals("had") && next.equals("been")) {
                    return true;
                }
            }
            return false;
        }

        /** "In a statement, the Financial Conduct Authority said …": the statement is the authority's. */
        private void recordDocumentAuthor(Block block, int from, int to) {
            for (int k = from; k < to; k++) {
                Token token = block.tokens.get(k);
                if (token.quoted() || !Lexicon.DOCUMENT_NOUNS.contains(token.lower())
                        || k > 0 && block.tokens.get(k - 1).lower().equals("the")) {
                    continue;
                }
                Speaker author = sentenceSubject(block, from, to);
                if (author != null && author.documentMedium() == null) {
                    documentAuthors.computeIfAbsent(token.lower(), x -> new java.util.TreeMap<>())
                            .put(token.start(), author.entity());
                }
                return;
            }
        }

        /** "More context from The Guardian:" names the source of what follows. */
        private Hop contextLine(Block block, int from, int to) {
            List<Token> t = block.tokens;
            if (to - from < 4 || !t.get(to - 1).is(":")) {
                return null;
            }
            for (int k = from; k + 2 < to; k++) {
                if (t.get(k).lower().equals("context") && t.get(k + 1).lower().equals("from")) {
                    String name = relayName(block, k + 2, to - 1, +1);
                    if (name != null) {
                        return new Hop(name, clean.substring(t.get(from).start(), t.get(to - 1).end()), t.get(from).start());
                    }
                }
            }
            return null;
        }

        // --- attribution -------------------------------------------------------------------

        ExtractedQuote attribute(Block block, QuoteMarks.Span span) {
            List<Token> tokens = block.tokens;
            int open = firstTokenAtOrAfter(tokens, span.open());
            int close = span.close() < 0 ? tokens.size() : firstTokenAfter(tokens, span.close());
            int sentenceFrom = Math.max(block.sentenceStart(open), open - WINDOW_TOKENS);
            int sentenceTo = Math.min(block.sentenceEnd(Math.max(open, close - 1)), close + WINDOW_TOKENS);
            String words = clean.substring(span.contentStart(), span.contentEnd());
            int wordCount = QuoteMarks.wordCount(clean, span.contentStart(), span.contentEnd());
            boolean headline = block.paragraph.role() == ArticleText.Role.HEADLINE;

            if (!headline && isNotAQuotation(tokens, open, close, words, wordCount, sentenceFrom)) {
                return null;
            }
            Speaker speaker = trailingCue(block, close, sentenceTo);
            boolean inherited = false;
            if (speaker == null) {
                speaker = leadingCue(block, sentenceFrom, open);
            }
            String introMedium = null;
            if (speaker == null && open == 0 && !span.continued()) {
                speaker = colonIntroduction(block);
                if (speaker != null) {
                    Block previous = blocks.get(block.position - 1);
                    int last = previous.tokens.size() - 1;
                    introMedium = medium(previous, previous.sentenceStart(last), last, speaker);
                }
            }
            if (speaker == null && span.open() == span.contentStart()) {
                speaker = signature(block);
                if (speaker == null) {
                    return null; // a block quote without marks needs its introduction or its signature
                }
            }
            boolean standalone = open == sentenceFrom && (close >= sentenceTo || onlyPunctuation(tokens, close, sentenceTo));
            if (speaker == null && (span.continued() || standalone && startsUpper(words))
                    && lastSpeaker != null && block.index - lastSpeakerBlock <= CONTINUATION_PARAGRAPHS) {
                speaker = lastSpeaker;
                inherited = true;
            }
            if (speaker == null && !headline && close >= tokens.size()) {
                speaker = signature(block);
            }
            if (speaker == null && !headline) {
                speaker = accordingTo(block, sentenceFrom, sentenceTo);
            }
            if (speaker == null && !headline && open > sentenceFrom && block.tokens.get(open - 1).is(":")) {
                speaker = subjectBefore(block, sentenceFrom, open - 1, ":");
            }
            if (speaker == null && !headline) {
                speaker = sentenceSubject(block, sentenceFrom, open);
            }
            if (speaker == null || speaker.entity() == null) {
                return null; // words nobody in the story says: a term, a slogan, a title
            }
            boolean shortFragment = wordCount <= SCARE_QUOTE_WORDS && !endsSentence(words);
            if (shortFragment && !inherited && !hasSpeechVerb(tokens, sentenceFrom, sentenceTo)) {
                return null; // scare quotes: a term set off, with nobody saying it
            }

            List<Hop> hops = relays(block, sentenceFrom, sentenceTo, speaker.entity());
            if (hops.isEmpty() && inherited) {
                hops = lastHops;
            }
            List<Hop> chain = chain(speaker.entity(), hops, span.contentStart());
            String medium = introMedium != null ? introMedium : medium(block, sentenceFrom, sentenceTo, speaker);
            boolean sentenceOfItsOwn = open == sentenceFrom || tokens.get(open - 1).is(":") || tokens.get(open - 1).is(",");
            QuoteKind kind = headline ? QuoteKind.HEADLINE
                    : startsUpper(words) && (wordCount >= 4 || endsSentence(words) || sentenceOfItsOwn)
                    && !embedded(tokens, open, sentenceFrom) ? QuoteKind.FULL : QuoteKind.FRAGMENT;
            if (!headline) {
                Cast.Entity e = speaker.entity();
                if (!e.organisation && !e.media && e.words.length >= 2 && e.words.length <= 4 && speaker.cue() != null) {
                    e.person = true; // somebody who speaks, unless the name says organisation
                }
                lastSpeaker = speaker;
                lastSpeakerBlock = block.index;
                lastHops = hops;
                lastMedium = medium;
            }
            ExtractedQuote found = quote(span.contentStart(), span.contentEnd(), kind, speaker, medium,
                    occasionDate(block, sentenceFrom, sentenceTo), chain);
            return span.continued() ? new ExtractedQuote(found.start(), found.end(), found.text(), found.kind(), found.cue(),
                    found.speaker(), found.medium(), found.occasionDate(), found.intermediaries(), true) : found;
        }

        /**
         * A quotation in a headline: the headline's own subject when it names a person, else the
         * body's quotation that carries the same words.
         */
        private ExtractedQuote headline(Block block, QuoteMarks.Span span, List<ExtractedQuote> body) {
            ExtractedQuote own = attribute(block, span);
            if (own != null && own.speaker() != null && cast.isPerson(own.speaker().name())) {
                return own;
            }
            String words = normalizeWords(clean.substring(span.contentStart(), span.contentEnd()));
            if (words.isEmpty()) {
                return null;
            }
            for (ExtractedQuote q : body) {
                if (normalizeWords(q.text()).contains(words)) {
                    return new ExtractedQuote(text.rawStart(span.contentStart()), text.rawEnd(span.contentEnd()),
                            clean.substring(span.contentStart(), span.contentEnd()), QuoteKind.HEADLINE, q.cue(),
                            q.speaker(), q.medium(), q.occasionDate(), q.intermediaries());
                }
            }
            return null;
        }

        private static String normalizeWords(String s) {
            return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        private ExtractedQuote quote(int from, int to, QuoteKind kind, Speaker speaker, String medium,
                                     String date, List<Hop> chain) {
            List<ChainMention> hops = chain.stream().map(h -> new ChainMention(h.name(), h.evidence())).toList();
            return new ExtractedQuote(text.rawStart(from), text.rawEnd(to), clean.substring(from, to), kind,
                    speaker.cue(), new SpeakerMention(speaker.asWritten(), speaker.entity().name()), medium, date, hops);
        }

        /** The quotation's own hops, else what the story says for this speaker, then the wire. */
        private List<Hop> chain(Cast.Entity speaker, List<Hop> own, int at) {
            List<Hop> chain = new ArrayList<>(own);
            if (chain.isEmpty()) {
                List<Hop> story = storyHops.get(speaker);
                if (story != null) {
                    chain.addAll(story);
                } else if (at > contextFrom) {
                    chain.addAll(contextHops);
                } else {
                    chain.addAll(storyWideHops);
                }
            }
            for (Hop hop : wire) {
                if (chain.stream().noneMatch(h -> h.name().equalsIgnoreCase(hop.name()))) {
                    chain.add(hop);
                }
            }
            chain.removeIf(h -> h.name().equalsIgnoreCase(speaker.name()) || isOwnOutlet(h.name()));
            return chain;
        }

        /** "Mr Ek told the Ledger" in The Gothenburg Ledger: the article's own outlet is not an intermediary. */
        private boolean isOwnOutlet(String name) {
            if (input.outlet() == null || input.outlet().isBlank()) {
                return false;
            }
            List<String> outlet = List.of(Cast.words(input.outlet().replace('-', ' ')));
            List<String> hop = List.of(Cast.words(name.replace('-', ' ')));
            return outlet.containsAll(hop) || hop.containsAll(outlet);
        }

        /** A transcript turn: "ANNIKA LÖVGREN: The price war is not a war we intend to win." */
        private ExtractedQuote turn(Block block) {
            int from = block.turnStart;
            int to = block.paragraph.end();
            while (to > from && Character.isWhitespace(clean.charAt(to - 1))) {
                to--;
            }
            if (to <= from) {
                return null;
            }
            Cast.Entity entity = resolveLabel(block.turnLabel);
            if (entity == null) {
                return null;
            }
            Speaker speaker = new Speaker(entity, block.turnLabel, ":", null);
            String medium = transcriptMedium();
            List<Hop> hops = transcriptSource != null ? transcriptHops() : storyHops.getOrDefault(entity, List.of());
            lastSpeaker = speaker;
            lastSpeakerBlock = block.index;
            return quote(from, to, QuoteKind.TRANSCRIPT, speaker, medium, null, chain(entity, hops, from));
        }

        private List<Hop> transcriptHops() {
            return transcriptSource == null ? List.of() : List.of(transcriptSource);
        }

        private String transcriptMedium() {
            if (mentionsTranscript) {
                return "transcript";
            }
            for (String medium : List.of("press conference", "interview", "hearing", "meeting")) {
                if (mediumCounts.containsKey(medium)) {
                    return medium;
                }
            }
            return "transcript";
        }

        /** A transcript label to a person of the story: "BELLANDI" is Marco Bellandi; "Q" is nobody known. */
        private Cast.Entity resolveLabel(String label) {
            String[] words = Cast.words(label);
            if (words.length == 1 && words[0].length() <= 2) {
                return null;
            }
            Cast.Entity best = cast.byName(String.join(" ", words));
            for (int w = 0; w < words.length && best == null; w++) {
                best = cast.personBySurname(words[w]);
            }
            if (best == null && words.length == 1 && words[0].equals("court")) {
                best = cast.personTitled(Set.of("judge", "justice", "magistrate")); // "THE COURT:" is the bench
            }
            if (best != null) {
                return best;
            }
            return cast.register(new Mention(Mention.Type.NAME, 0, 1, 0, 0, label, "", null, List.of(), false, false, ""), true);
        }

        /** A quotation inside a quotation: somebody quoted by the speaker ("He said, ‘Don’t put it in writing’"). */
        private ExtractedQuote nested(QuoteMarks.Span span, QuoteMarks.Span outer) {
            if (outer == null || outer.open() > span.open() || outer.close() >= 0 && outer.close() < span.close()) {
                return null;
            }
            ExtractedQuote outerQuote = outer == null ? null : byStart.get(text.rawStart(outer.contentStart()));
            if (outerQuote == null || outerQuote.speaker() == null) {
                return null;
            }
            // The verb and its subject inside the outer quotation, just before the nested one.
            List<Token> inner = Token.tokenize(clean, outer.contentStart(), span.open(), offset -> false);
            int verb = -1;
            for (int k = inner.size() - 1; k >= Math.max(0, inner.size() - 12); k--) {
                if (Lexicon.SPEECH_VERBS.contains(inner.get(k).lower())) {
                    verb = k;
                    break;
                }
            }
            if (verb < 0) {
                return null;
            }
            Cast.Entity entity = null;
            String asWritten = null;
            for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) {
                Token t = inner.get(k);
                if (Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
                    entity = recentNamed(span.open(), outerQuote.speaker().name());
                    asWritten = t.text();
                    break;
                }
                if (t.capitalized() && !Lexicon.NOT_NAMES.contains(t.lower())) {
                    entity = cast.anyByWord(t.lower());
                    asWritten = t.text();
                    break;
                }
            }
            if (entity == null) {
                return null;
            }
            List<Hop> chain = new ArrayList<>();
            chain.add(new Hop(outerQuote.speaker().name(), "quoted by " + outerQuote.speaker().name(), span.open()));
            outerQuote.intermediaries().forEach(h -> chain.add(new Hop(h.name(), h.evidence(), span.open())));
            Speaker speaker = new Speaker(entity, asWritten, inner.get(verb).text(), null);
            String words = clean.substring(span.contentStart(), span.contentEnd());
            QuoteKind kind = startsUpper(words) ? QuoteKind.FULL : QuoteKind.FRAGMENT;
            return quote(span.contentStart(), span.contentEnd(), kind, speaker, null, null, chain);
        }

        // --- speakers ------------------------------------------------------------------------

        /** “…,” Ruiz said / “…,” said Janet Cole / “…” — Mila Horvat. */
        private Speaker trailingCue(Block block, int close, int sentenceTo) {
            List<Token> t = block.tokens;
            int k = close;
            boolean dash = false;
            while (k < sentenceTo && !t.get(k).word() && !t.get(k).quoted()) {
                String p = t.get(k).text();
                if (!",.!?;—–-".contains(p)) {
                    return null;
                }
                dash |= "—–-".contains(p);
                k++;
            }
            if (k >= sentenceTo || t.get(k).quoted()) {
                return null;
            }
            Token first = t.get(k);
            String firstWord = first.lower();
            boolean cueShaped = !first.word() || first.capitalized() || !(Lexicon.PREPOSITIONS.contains(firstWord)
                    || firstWord.equals("or") || firstWord.equals("but") || firstWord.equals("that")
                    || firstWord.equals("which") || firstWord.equals("as") || firstWord.equals("because")
                    || firstWord.equals("while") || firstWord.equals("when") || firstWord.equals("if"));
            if (!cueShaped) {
                return null; // "“excellent players” to the club, Xinhua reported": the writer's sentence goes on
            }
            Speaker subject = subjectBeforeTrailingVerb(block, k, sentenceTo);
            if (subject != null) {
                return subject;
            }
            Mention m = mentionAfterTitles(block, k, sentenceTo);
            if (m != null && !m.possessive()) {
                if (dash && m.isName()) {
                    return resolve(block, m, "—");
                }
                return null;
            }
            int v = k;
            while (v < sentenceTo && Lexicon.SKIPPABLE.contains(t.get(v).lower())) {
                v++;
            }
            if (v < sentenceTo && Lexicon.SPEECH_VERBS.contains(t.get(v).lower())) {
                Mention after = block.mentionStartingAt(v + 1);
                if (after != null && !after.possessive()) {
                    return resolve(block, after, t.get(v).text());
                }
                // "…,” said the foreign ministry spokeswoman Maria Zakharova.
                for (int a = v + 1; a < Math.min(sentenceTo, v + 6); a++) {
                    Mention later = block.mentionStartingAt(a);
                    if (later != null && later.isName() && !later.possessive()) {
                        return resolve(block, later, t.get(v).text());
                    }
                    if (!t.get(a).word()) {
                        break;
                    }
                }
            }
            return null;
        }

        /**
         * “…,” the study's lead author, Dr Helena Marsh, a hydrologist at the University of
         * Westmoor, said: the first speech verb after the quotation, and the first mention before
         * it that is neither an object nor a modifier ("Foreign Ministry spokeswoman Irina Volkova").
         */
        private Speaker subjectBeforeTrailingVerb(Block block, int from, int sentenceTo) {
            List<Token> t = block.tokens;
            int limit = Math.min(sentenceTo, from + 30);
            int verb = -1;
            for (int k = from; k < limit; k++) {
                Token token = t.get(k);
                if (token.quoted()) {
                    return null;
                }
                if (Lexicon.SPEECH_VERBS.contains(token.lower())) {
                    verb = k;
                    break;
                }
                if (token.is(".") || token.is(";") || token.is("!") || token.is("?")) {
                    return null;
                }
            }
            if (verb <= from) {
                return null;
            }
            for (Mention m : block.mentionsIn(from, verb)) {
                if (m.to() > verb) {
                    continue;
                }
                if (m.possessive() || isObjectOf(block, m) || !subjectPosition(block, m)) {
                    continue;
                }
                Token after = t.get(m.to());
                if (after.word() && (Lexicon.TITLES.contains(after.lower()) || Lexicon.ROLE_NOUNS.contains(after.lower()))
                        && m.to() + 1 < verb) {
                    continue; // "Foreign Ministry spokeswoman …": the name qualifies a title
                }
                Speaker s = resolve(block, m, t.get(verb).text());
                if (s != null) {
                    return s;
                }
            }
            return null;
        }

        /** The mention at token {@code k}, or after the title words that open it ("chief executive Annika Lövgren"). */
        private static Mention mentionAfterTitles(Block block, int k, int limit) {
            List<Token> t = block.tokens;
            for (int a = k; a < Math.min(limit, k + 6); a++) {
                Mention m = block.mentionStartingAt(a);
                if (m != null && !(m.possessive() && a + 1 < limit && a < k + 5)) {
                    return m;
                }
                Token token = t.get(a);
                boolean titleWord = token.word() && (Lexicon.TITLES.contains(token.lower())
                        || Lexicon.ROLE_NOUNS.contains(token.lower()) || token.capitalized() || token.possessive()
                        || Lexicon.DETERMINERS.contains(token.lower()));
                if (!titleWord || m != null && !m.possessive()) {
                    return null;
                }
                if (m != null) {
                    a = m.to() - 1;
                }
            }
            return null;
        }

        /** From the end of a subject to its speech verb, over adverbs and an appositive. */
        private int skipToVerb(Block block, int from, int to) {
            List<Token> t = block.tokens;
            int k = from;
            if (k < to && t.get(k).is(",")) {
                // an appositive: ", the foreign ministry spokeswoman, said"
                int comma = -1;
                for (int a = k + 1; a < Math.min(to, k + 22); a++) {
                    if (t.get(a).is(",")) {
                        comma = a;
                        break;
                    }
                    if (t.get(a).quoted() || t.get(a).is(".")) {
                        break;
                    }
                }
                if (comma > 0) {
                    k = comma + 1;
                }
            }
            while (k < to && (Lexicon.SKIPPABLE.contains(t.get(k).lower()) || t.get(k).is(","))) {
                k++;
            }
            if (k < to && (Lexicon.SPEECH_VERBS.contains(t.get(k).lower()) || Lexicon.RELAY_VERBS.contains(t.get(k).lower()))) {
                return k;
            }
            return -1;
        }

        /** Ruiz said: “…” / He stated, “…” / calling them “heroic”: the subject of the last speech verb before the quotation. */
        private Speaker leadingCue(Block block, int sentenceFrom, int open) {
            List<Token> t = block.tokens;
            for (int v = open - 1; v >= sentenceFrom; v--) {
                Token verb = t.get(v);
                if (verb.quoted() || !Lexicon.SPEECH_VERBS.contains(verb.lower())) {
                    continue;
                }
                Speaker subject = coordinated(block, sentenceFrom, v)
                        ? mainSubject(block, sentenceFrom, v) : subjectBefore(block, sentenceFrom, v, verb.text());
                if (subject != null) {
                    return subject;
                }
                // "said the spokeswoman: “…”", "told by Judge Okafor"
                for (int a = v + 1; a < Math.min(open, v + 6); a++) {
                    Mention m = block.mentionStartingAt(a);
                    boolean introduces = m != null && m.to() < t.size() && (t.get(m.to()).is(":") || t.get(m.to()).is(","));
                    if (m != null && !m.possessive() && introduces) {
                        Speaker s = resolve(block, m, verb.text());
                        if (s != null) {
                            return s;
                        }
                    }
                }
                return null;
            }
            return null;
        }

        /** The subject of the clause's first speech verb: who "told Politico … and warned". */
        private Speaker mainSubject(Block block, int sentenceFrom, int verb) {
            List<Token> t = block.tokens;
            int clauseFrom = sentenceFrom;
            for (int k = verb - 1; k > sentenceFrom; k--) {
                if (t.get(k).is(":") || t.get(k).is(";")) {
                    clauseFrom = k + 1;
                    break;
                }
            }
            for (int k = clauseFrom; k < verb; k++) {
                if (!t.get(k).quoted() && Lexicon.SPEECH_VERBS.contains(t.get(k).lower())) {
                    Speaker s = subjectBefore(block, clauseFrom, k, t.get(verb).text());
                    if (s != null) {
                        return s;
                    }
                }
            }
            return sentenceSubject(block, clauseFrom, verb);
        }

        /** "… told Politico X and warned that …", "…, saying": the verb shares the sentence's subject. */
        private static boolean coordinated(Block block, int sentenceFrom, int verb) {
            List<Token> t = block.tokens;
            int k = verb - 1;
            while (k > sentenceFrom && Lexicon.SKIPPABLE.contains(t.get(k).lower())) {
                k--;
            }
            if (k <= sentenceFrom) {
                return false;
            }
            String before = t.get(k).lower();
            return before.equals("and") || before.equals("but")
                    || before.equals(",") && t.get(verb).lower().endsWith("ing");
        }

        /** The nearest mention before token {@code verb} that can be a subject (not an object, not a possessor). */
        private Speaker subjectBefore(Block block, int sentenceFrom, int verb, String cue) {
            List<Token> t = block.tokens;
            int k = verb;
            while (k > sentenceFrom + 1 && Lexicon.SKIPPABLE.contains(t.get(k - 1).lower())) {
                k--;
            }
            if (k - 1 > sentenceFrom && t.get(k - 1).is(",")) {
                k = skipAppositive(block, sentenceFrom, k - 1);
            }
            for (; k > sentenceFrom; k--) {
                Mention m = block.mentionEndingAt(k);
                if (m == null || m.from() < sentenceFrom) {
                    continue;
                }
                if (m.possessive() || !subjectPosition(block, m)) {
                    continue;
                }
                Speaker s = resolve(block, m, cue);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }

        /**
         * "Raj Mehta, who leads the Green group, said": from the comma before the verb back over a
         * relative clause or an appositive to the end of the subject; else the comma itself.
         */
        private static int skipAppositive(Block block, int sentenceFrom, int comma) {
            List<Token> t = block.tokens;
            for (int k = comma - 1; k > sentenceFrom && comma - k < 16; k--) {
                Token token = t.get(k);
                if (token.quoted() || token.is(".") || token.is(";") || token.is(":")) {
                    return comma;
                }
                if (token.is(",")) {
                    String opener = t.get(k + 1).lower();
                    boolean clause = opener.equals("who") || opener.equals("which") || opener.equals("whose")
                            || opener.equals("a") || opener.equals("an") || opener.equals("the") || opener.equals("its")
                            || opener.equals("his") || opener.equals("her") || opener.equals("their")
                            || Lexicon.TITLES.contains(opener) || Lexicon.ROLE_NOUNS.contains(opener)
                            || t.get(k + 1).word() && Character.isDigit(t.get(k + 1).text().charAt(0))
                            || opener.endsWith("ing");
                    return clause ? k : comma;
                }
            }
            return comma;
        }

        /** A subject begins a sentence or clause: nothing, punctuation, a conjunction or an adverb before it. */
        private static boolean subjectPosition(Block block, Mention m) {
            if (m.from() == 0 || "'s".equals(m.determiner())) {
                return true; // "North Korea’s foreign ministry dismissed": a possessor's group acts
            }
            Token before = block.tokens.get(m.from() - 1);
            if (!before.word()) {
                return true;
            }
            if (Lexicon.DETERMINERS.contains(before.lower()) && m.from() >= 2
                    && Lexicon.PREPOSITIONS.contains(block.tokens.get(m.from() - 2).lower())) {
                return false; // "the director of the Port Marlow utility": an object
            }
            return switch (before.lower()) {
                case "the", "a", "an", "where", "while", "when", "as", "that", "and", "but", "how", "because",
                     "although", "though", "after", "before", "since", "if", "so", "then", "meanwhile", "also",
                     "which", "who", "whom", "what", "whereas", "until", "once", "whether", "now", "yet",
                     "later", "earlier", "however", "today", "yesterday", "tonight", "instead", "still" -> true;
                default -> before.capitalized() || Lexicon.TITLES.contains(before.lower())
                        || Lexicon.ROLE_NOUNS.contains(before.lower())
                        || Character.isDigit(before.text().charAt(0));
            };
        }

        /** "Gorizia's coach, Davide Rinaldi,": a description followed by a name in apposition is that name. */
        private Cast.Entity describedOrNamed(Block block, Mention description) {
            int comma = description.to();
            if (comma < block.tokens.size() && block.tokens.get(comma).text().equals(",")) {
                Mention named = block.mentionStartingAt(comma + 1);
                if (named != null && named.isName()) {
                    return cast.of(named);
                }
            }
            return description(description);
        }

        /** "Gorizia's coach, Davide Rinaldi, was gracious": a role noun set before a name makes a person of it. */
        private static boolean afterRoleAppositive(Block block, Mention m) {
            if (m.from() < 2 || !block.tokens.get(m.from() - 1).text().equals(",")) {
                return false;
            }
            String role = block.tokens.get(m.from() - 2).lower();
            return Lexicon.ROLE_NOUNS.contains(role) || Lexicon.TITLES.contains(role);
        }

        private static boolean isObjectOf(Block block, Mention m) {
            return m.from() > 0 && Lexicon.PREPOSITIONS.contains(block.tokens.get(m.from() - 1).lower());
        }

        /** "According to Serov, relations are “at their lowest point”": a person named as the source speaks. */
        private Speaker accordingTo(Block block, int from, int to) {
            List<Token> t = block.tokens;
            for (int k = from; k + 2 < to; k++) {
                if (t.get(k).lower().equals("according") && t.get(k + 1).lower().equals("to") && !t.get(k).quoted()) {
                    Mention m = mentionAfterTitles(block, k + 2, to);
                    if (m != null && !m.possessive()) {
                        Speaker s = resolve(block, m, "according to");
                        if (s != null && s.entity().person) {
                            return s;
                        }
                    }
                }
            }
            return null;
        }

        /** The first subject of a sentence, for quotations with no speech verb near them. */
        private Speaker sentenceSubject(Block block, int from, int to) {
            for (Mention m : block.mentionsIn(from, to)) {
                if (m.possessive() || !subjectPosition(block, m) || m.type() == Mention.Type.DOCUMENT && !m.definite()) {
                    continue;
                }
                Speaker s = resolve(block, m, null);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }

        /** A paragraph ending "… had appealed for calm:" introduces the quotation that opens the next. */
        private Speaker colonIntroduction(Block block) {
            int i = block.position;
            if (i <= 0) {
                return null;
            }
            Block previous = blocks.get(i - 1);
            List<Token> t = previous.tokens;
            if (t.isEmpty() || !t.get(t.size() - 1).is(":")) {
                return null;
            }
            int from = previous.sentenceStart(t.size() - 1);
            Speaker s = leadingCue(previous, from, t.size() - 1);
            if (s == null) {
                s = possessorOfWords(previous, from, t.size());
            }
            return s != null ? s : sentenceSubject(previous, from, t.size());
        }

        /** "Dubreuil's line, in her own words:", "the president's post on X:": whose words follow. */
        private Speaker possessorOfWords(Block block, int from, int to) {
            for (Mention m : block.mentionsIn(from, to)) {
                if (m.possessive() && (m.isName() || m.type() == Mention.Type.DESCRIPTION)) {
                    Speaker s = resolve(block, m, ":");
                    if (s != null) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** A quotation standing alone, signed on the next line: "— Mila Horvat, on Instagram". */
        private Speaker signature(Block block) {
            int i = block.position;
            if (i + 1 >= blocks.size()) {
                return null;
            }
            Block next = blocks.get(i + 1);
            List<Token> t = next.tokens;
            if (t.size() < 2 || t.size() > 20 || !"—–-".contains(t.get(0).text())) {
                return null;
            }
            Mention m = next.mentionStartingAt(1);
            return m != null && m.isName() ? resolve(next, m, "—") : null;
        }

        /** A mention as a speaker: names are themselves; pronouns, descriptions and documents stand for one. */
        private Speaker resolve(Block block, Mention m, String cue) {
            Cast.Entity entity = switch (m.type()) {
                case NAME -> cast.of(m);
                case PRONOUN -> pronoun(block, m);
                case DESCRIPTION -> description(m);
                case GROUP -> group(m);
                case DOCUMENT -> documentAuthor(block, m);
            };
            if (entity == null) {
                return null;
            }
            String documentMedium = m.type() == Mention.Type.DOCUMENT ? m.head() : null;
            return new Speaker(entity, m.text(), cue, documentMedium);
        }

        private Cast.Entity pronoun(Block block, Mention m) {
            if (Lexicon.PERSON_PRONOUNS.contains(m.head())) {
                char gender = m.head().equals("he") ? 'm' : 'f';
                // The person who was the subject of this or the previous sentence, else the last speaker.
                Cast.Entity subject = recentSubjectPerson(block, m, gender);
                if (subject != null) {
                    return subject;
                }
                if (lastSpeaker != null && lastSpeaker.entity().person && agrees(lastSpeaker.entity(), gender)) {
                    return lastSpeaker.entity();
                }
                return recentPerson(m.start(), null, gender);
            }
            // they / it: a group named just before ("a Russian delegation … they"), else the last organisation that spoke
            Cast.Entity group = recentGroup(block, m);
            if (group != null) {
                return group;
            }
            if (lastSpeaker != null && !lastSpeaker.entity().person) {
                return lastSpeaker.entity();
            }
            int sentence = block.sentenceStart(m.from());
            for (Mention named : block.mentionsIn(sentence, m.from())) {
                if (named.isName()) {
                    Cast.Entity e = cast.of(named);
                    if (e != null && e.organisation) {
                        return e;
                    }
                }
            }
            return null;
        }

        private Cast.Entity recentGroup(Block block, Mention pronoun) {
            int sentence = block.sentenceStart(pronoun.from());
            Cast.Entity found = null;
            for (Mention g : block.mentionsIn(sentence, pronoun.from())) {
                if (g.type() == Mention.Type.GROUP) {
                    Cast.Entity e = group(g);
                    if (e != null) {
                        found = e;
                    }
                }
            }
            return found;
        }

        private static boolean agrees(Cast.Entity e, char gender) {
            return e.gender == 0 || gender == 0 || e.gender == gender;
        }

        /** The person who is the subject of the pronoun's sentence or the one before (maybe in the previous paragraph). */
        private Cast.Entity recentSubjectPerson(Block block, Mention pronoun, char gender) {
            int sentence = block.sentenceStart(pronoun.from());
            int previousSentence = sentence;
            for (int s : block.sentences) {
                if (s < sentence) {
                    previousSentence = s;
                }
            }
            Cast.Entity found = subjectPersonIn(block, previousSentence, pronoun.from(), gender);
            if (found == null && sentence == 0) {
                int i = block.position;
                Block previous = i > 0 ? blocks.get(i - 1) : null;
                if (previous != null && previous.turnLabel == null && !previous.tokens.isEmpty()) {
                    int last = previous.sentenceStart(previous.tokens.size() - 1);
                    found = subjectPersonIn(previous, last, previous.tokens.size(), gender);
                }
            }
            return found;
        }

        private Cast.Entity subjectPersonIn(Block block, int from, int to, char gender) {
            for (Mention m : block.mentionsIn(from, to)) {
                if (m.possessive() || !subjectPosition(block, m) || isObjectOf(block, m)) {
                    continue;
                }
                Cast.Entity e = m.isName() ? cast.of(m) : m.type() == Mention.Type.DESCRIPTION ? describedOrNamed(block, m) : null;
                if (e != null && (e.person || m.isName() && cast.personShaped(e) && afterRoleAppositive(block, m))
                        && agrees(e, gender)) {
                    return e;
                }
            }
            return null;
        }

        /** The person-like name (a full name, no organisation) mentioned last before {@code offset}, other than {@code except}. */
        private Cast.Entity recentNamed(int offset, String except) {
            return recentEntity(offset, e -> (e.person || e.words.length >= 2 && !e.organisation && !e.media)
                    && !e.name().equals(except));
        }

        /** The entity named most recently before {@code offset} that fits, looking back a bounded way. */
        private Cast.Entity recentEntity(int offset, java.util.function.Predicate<Cast.Entity> fits) {
            int last = lastNamedBefore(offset);
            for (int k = last; k >= Math.max(0, last - LOOKBACK_NAMES); k--) {
                if (fits.test(namedEntity.get(k))) {
                    return namedEntity.get(k);
                }
            }
            return null;
        }

        /** Index in {@link #namedAt} of the last name mention before {@code offset}, or -1. */
        private int lastNamedBefore(int offset) {
            int i = java.util.Collections.binarySearch(namedAt, offset);
            return (i >= 0 ? i : -i - 1) - 1;
        }

        /** The person named most recently before {@code offset}, other than {@code except}. */
        private Cast.Entity recentPerson(int offset, String except, char gender) {
            return recentEntity(offset, e -> e.person && !e.name().equals(except) && agrees(e, gender));
        }

        /** "the Russian leader", "the spokeswoman": the person whose titles fit best. */
        private Cast.Entity description(Mention m) {
            Cast.Entity best = null;
            int bestScore = 0;
            for (Cast.Entity e : cast.recent(LOOKBACK_NAMES)) {
                if (!e.person) {
                    continue;
                }
                // A nationality or office ("Russian", "foreign ministry") tells more than the role noun.
                int score = e.titled(m.head()) ? 2 : 0;
                for (String modifier : m.modifiers()) {
                    String stem = modifier.length() > 5 ? modifier.substring(0, 5) : modifier;
                    if ((" " + e.titles).contains(" " + stem)) {
                        score += 3;
                    }
                }
                if (lastSpeaker != null && lastSpeaker.entity() == e) {
                    score += 1;
                }
                if (score > bestScore || score == bestScore && score > 0 && e.firstSeen < m.start() && best != null && best.firstSeen > m.start()) {
                    best = e;
                    bestScore = score;
                }
            }
            if (bestScore >= 2) {
                return best;
            }
            if (!m.definite()) {
                if (SPOKESPEOPLE.contains(m.head())) {
                    return recentOrganisation(m.start()); // "a company spokesman said": the company speaks
                }
                return null; // "a London financial adviser" introduces somebody new
            }
            // A lead's "The former director … pleaded guilty" is named in the next sentence.
            Cast.Entity next = null;
            int first = java.util.Collections.binarySearch(namedAt, m.end());
            for (int k = first >= 0 ? first : -first - 1; k < Math.min(namedAt.size(), (first >= 0 ? first : -first - 1) + LOOKBACK_NAMES); k++) {
                if (namedAt.get(k) > m.end() && namedAt.get(k) < m.end() + 600 && namedEntity.get(k).person) {
                    next = namedEntity.get(k);
                    break;
                }
            }
            return next;
        }

        private Cast.Entity recentOrganisation(int offset) {
            return recentEntity(offset, e -> e.organisation && !e.media);
        }

        /** "a Russian delegation" is a speaker of its own; "the ministry" is the ministry named before. */
        private Cast.Entity group(Mention m) {
            Cast.Entity sameHead = groupsByHead.get(m.head());
            if (m.definite() && m.modifiers().isEmpty() && sameHead != null) {
                return sameHead; // "the ministry" after "the Italian interior ministry"
            }
            if (m.determiner().equals("his") || m.determiner().equals("her")) {
                return recentPerson(m.start(), null, (char) 0); // "his ministry said": speaking for the minister
            }
            Cast.Entity named = recentEntity(m.start(), e -> List.of(e.words).contains(m.head()));
            if (named != null && m.definite()) {
                return named;
            }
            if (m.definite() && m.modifiers().isEmpty() && !m.head().equals("police") && !m.head().equals("court")) {
                // "the company", "the carmaker": the organisation the story is about
                Cast.Entity organisation = recentOrganisation(m.start());
                if (organisation != null) {
                    return organisation;
                }
            }
            boolean qualified = m.modifiers().stream().anyMatch(w -> !w.isEmpty());
            if (!qualified) {
                return named;
            }
            String name = String.join(" ", WHITESPACE.split(m.text()));
            Mention asName = new Mention(Mention.Type.NAME, m.from(), m.to(), m.start(), m.end(),
                    Character.toUpperCase(name.charAt(0)) + name.substring(1), "", null, List.of(), false, false, "");
            Cast.Entity entity = cast.register(asName, true);
            groupsByHead.put(m.head(), entity);
            entity.organisation = true;
            entity.person = false;
            return entity;
        }

        /** "the statement said": whoever issued the statement. */
        private Cast.Entity documentAuthor(Block block, Mention m) {
            if (!m.definite()) {
                return null;
            }
            var authors = documentAuthors.get(m.head());
            var latest = authors == null ? null : authors.lowerEntry(m.start());
            if (latest != null) {
                return latest.getValue();
            }
            // "Judge Whitcomb denied the motion. “…,” the written order said": the previous sentence's subject
            int sentence = block.sentenceStart(m.from());
            if (sentence > 0) {
                int previous = block.sentenceStart(sentence - 1);
                for (Mention candidate : block.mentionsIn(previous, sentence)) {
                    if (candidate.isName() && !candidate.possessive() && subjectPosition(block, candidate)) {
                        Cast.Entity e = cast.of(candidate);
                        if (e != null && (e.person || e.organisation)) {
                            return e;
                        }
                    }
                }
            }
            return lastSpeaker == null ? null : lastSpeaker.entity();
        }

        // --- intermediaries ------------------------------------------------------------------

        /** Hops named in tokens [from, to): "according to X", "X reported", "citing X", "told X". */
        private List<Hop> relays(Block block, int from, int to, Cast.Entity speaker) {
            List<Token> t = block.tokens;
            List<Hop> hops = new ArrayList<>();
            for (int k = from; k < to; k++) {
                Token token = t.get(k);
                if (token.quoted() || !token.word()) {
                    continue;
                }
                for (int p = 0; p < Lexicon.RELAY_PREFIXES.size(); p++) {
                    String prefix = Lexicon.RELAY_PREFIXES.get(p);
                    String[] words = Lexicon.RELAY_PREFIX_WORDS.get(p);
                    if (!token.lower().equals(words[0])) {
                        continue;
                    }
                    if (!matches(t, k, to, words)) {
                        continue;
                    }
                    int nameFrom = k + words.length;
                    String name = relayName(block, nameFrom, to, +1);
                    if (name == null || isPersonOrSpeaker(name, speaker) && !prefix.equals("citing")) {
                        break;
                    }
                    boolean proper = hasProperName(name);
                    if (prefix.equals("told") || prefix.startsWith("in an interview") || prefix.equals("speaking to")
                            || prefix.startsWith("in comments to") || prefix.startsWith("in remarks to")) {
                        if (!proper || !looksLikeMedia(name) || isSurnameOfSomeone(name)) {
                            break; // "told the court", "told Hale"
                        }
                    } else if (!proper && !isGenericMedia(name)) {
                        break; // "according to the court": an institution, not a relay
                    }
                    Hop hop = new Hop(canonicalRelay(name, token.start()), evidence(t, k, to), token.start());
                    rememberMedia(hop.name(), name, token.start());
                    if (prefix.equals("citing") && !hops.isEmpty() && hops.size() < MAX_HOPS) {
                        hops.add(hops.size() - 1, hop); // "X reported, citing Y": Y is upstream of X
                    } else {
                        addHop(hops, hop);
                    }
                    break;
                }
                if (Lexicon.RELAY_VERBS.contains(token.lower()) && k > from + 1 && t.get(k - 1).lower().equals("transcript")) {
                    String name = relayName(block, from, k - 1, -1);
                    if (name != null) {
                        Hop hop = new Hop(canonicalRelay(name, token.start()), evidence(t, k - 1, to), token.start());
                        if (transcriptSource == null) {
                            transcriptSource = hop;
                        }
                        addHop(hops, hop);
                    }
                    continue;
                }
                if (Lexicon.RELAY_VERBS.contains(token.lower()) && k > from) {
                    String name = relayName(block, from, k, -1);
                    boolean passive = t.get(k - 1).lower().equals("was") || t.get(k - 1).lower().equals("were")
                            || t.get(k - 1).lower().equals("been") || k + 1 < to && t.get(k + 1).lower().equals("by");
                    if (name != null && !passive && !isPersonOrSpeaker(name, speaker)
                            && (looksLikeMedia(name) || !token.lower().startsWith("show"))) {
                        String canonical = canonicalRelay(name, token.start());
                        rememberMedia(canonical, name, token.start());
                        addHop(hops, new Hop(canonical, evidence(t, k, to), token.start()));
                    }
                }
            }
            return hops;
        }

        private void rememberMedia(String canonical, String asWritten, int at) {
            if (!canonical.equals(asWritten) || Character.isUpperCase(canonical.codePointAt(0))) {
                mediaNamed.put(at, canonical);
            }
        }

        private static void addHop(List<Hop> hops, Hop hop) {
            if (hops.size() < MAX_HOPS && hops.stream().noneMatch(h -> h.name().equalsIgnoreCase(hop.name()))) {
                hops.add(hop);
            }
        }

        private String evidence(List<Token> t, int from, int to) {
            int end = Math.min(to, from + MAX_RELAY_TOKENS + 3) - 1;
            while (end > from && !t.get(end).word()) {
                end--;
            }
            int start = from;
            while (start > 0 && from - start < 5 && t.get(start - 1).word() && !t.get(start - 1).quoted()) {
                start--;
            }
            return clean.substring(t.get(start).start(), t.get(end).end());
        }

        private static boolean matches(List<Token> t, int at, int to, String[] words) {
            if (at + words.length > to) {
                return false;
            }
            for (int w = 0; w < words.length; w++) {
                if (!t.get(at + w).lower().equals(words[w]) || t.get(at + w).quoted()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The name of a relay starting at (direction +1) or ending before (direction -1) token
         * {@code at}: capitalised words and media words ("the official Xinhua news agency",
         * "North Korean state media"); null when there is none.
         */
        private String relayName(Block block, int at, int limit, int direction) {
            List<Token> t = block.tokens;
            int k = direction > 0 ? at : limit - 1;
            int bound = direction > 0 ? limit : at;
            List<Token> words = new ArrayList<>();
            while (direction > 0 ? k < bound : k >= bound) {
                Token token = t.get(k);
                if (token.quoted()) {
                    break;
                }
                boolean media = Lexicon.MEDIA_WORDS.contains(token.lower()) || Lexicon.GROUP_NOUNS.contains(token.lower())
                        || Lexicon.OFFICE_WORDS.contains(token.lower());
                boolean name = token.capitalized() && !Lexicon.NOT_NAMES.contains(token.lower())
                        || token.capitalized() && token.lower().equals("the") && direction > 0 && words.isEmpty();
                boolean joiner = !words.isEmpty() && (token.lower().equals("of") || token.is("-") || token.is("&"));
                if (token.word() && Lexicon.DETERMINERS.contains(token.lower()) && words.isEmpty()) {
                    k += direction;
                    continue;
                }
                if (!(media || name || joiner) || Lexicon.NAME_STOP_WORDS.contains(token.lower()) && !name
                        || words.size() >= MAX_RELAY_TOKENS) {
                    break;
                }
                if (direction > 0) {
                    words.add(token);
                } else {
                    words.add(0, token);
                }
                if (token.possessive()) {
                    break;
                }
                k += direction;
            }
            while (!words.isEmpty() && (words.get(words.size() - 1).lower().equals("of") || !words.get(words.size() - 1).word())) {
                words.remove(words.size() - 1);
            }
            if (direction < 0) {
                // "Ruiz’s letter revealed" is not a relay; a possessive ends the name behind us
                while (!words.isEmpty() && words.get(0).lower().equals("of")) {
                    words.remove(0);
                }
            }
            if (words.isEmpty()) {
                return null;
            }
            boolean hasName = words.stream().anyMatch(w -> w.capitalized() && !Lexicon.NOT_NAMES.contains(w.lower()));
            String lastWord = words.get(words.size() - 1).lower();
            boolean hasMediaHead = Lexicon.MEDIA_HEADS.contains(lastWord) || Lexicon.GROUP_NOUNS.contains(lastWord);
            if (!hasName && !hasMediaHead) {
                return null;
            }
            StringBuilder name = new StringBuilder();
            for (Token w : words) {
                name.append(name.isEmpty() ? "" : " ").append(w == words.get(words.size() - 1) ? w.bare() : w.text());
            }
            return name.toString();
        }

        private static boolean hasProperName(String name) {
            for (String w : WHITESPACE.split(name)) {
                String l = w.toLowerCase(java.util.Locale.ROOT);
                if (Character.isUpperCase(w.codePointAt(0)) && !Lexicon.NOT_NAMES.contains(l) && !MentionFinder.isDemonym(l)
                        || w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                    return true;
                }
            }
            return false;
        }

        /** "North Korean state media", "the paper": a relay by its kind, resolved to the one the article names. */
        private static boolean isGenericMedia(String name) {
            String[] words = WHITESPACE.split(name);
            return Lexicon.MEDIA_HEADS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))
                    || hasDemonym(words);
        }

        private static boolean hasDemonym(String[] words) {
            for (String w : words) {
                if (Character.isUpperCase(w.codePointAt(0)) && MentionFinder.isDemonym(w.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** "Hale" after "Dominic Hale" is a person, whatever else the word could be. */
        private boolean isSurnameOfSomeone(String name) {
            String[] words = Cast.words(name);
            if (words.length != 1) {
                return false;
            }
            Cast.Entity e = cast.anyByWord(words[0]);
            return e != null && !e.organisation && !e.media && e.words.length >= 2
                    && e.words[e.words.length - 1].equals(words[0]);
        }

        /**
         * The relay's proper name: "state news agency Xinhua" → "Xinhua"; a generic "state media" →
         * the specific agency the article names elsewhere, when it names one.
         */
        private String canonicalRelay(String name, int at) {
            String[] words = WHITESPACE.split(name);
            List<String> proper = new ArrayList<>();
            boolean generic = true;
            for (String w : words) {
                String l = w.toLowerCase(java.util.Locale.ROOT);
                if (Character.isUpperCase(w.codePointAt(0)) && !Lexicon.NOT_NAMES.contains(l)) {
                    boolean demonym = l.endsWith("an") || l.endsWith("ese") || l.endsWith("ish") || l.endsWith("ch")
                            || l.equals("north") || l.equals("south") || l.equals("east") || l.equals("west");
                    if (!demonym || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                        generic = false;
                    }
                }
            }
            if (generic) {
                String specific = specificRelay();
                var before = mediaNamed.lowerEntry(at);
                if (before != null) {
                    specific = before.getValue(); // "told the paper", "the agency reported": the one named before
                }
                return specific != null ? specific : name;
            }
            // An acronym among media words names the relay: "the official Xinhua news agency".
            for (String w : words) {
                if (w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                    boolean mediaAround = words.length > 1;
                    if (mediaAround) {
                        return w;
                    }
                }
            }
            // Leading lower-case media words go: "state news agency Xinhua" → "Xinhua".
            int first = 0;
            while (first < words.length - 1 && !Character.isUpperCase(words[first].codePointAt(0))) {
                first++;
            }
            for (int i = first; i < words.length; i++) {
                proper.add(words[i]);
            }
            return String.join(" ", proper);
        }

        /** "Turkey's Anadolu Agency" → "Anadolu Agency"; "the Yonhap news agency" → "Yonhap". */
        private static String canonicalMediaName(String name) {
            return name;
        }

        /** The one specific news agency or state medium the article names, if any. */
        private String specificRelay() {
            if (specificRelayDone) {
                return specificRelay;
            }
            specificRelayDone = true;
            specificRelay = findSpecificRelay();
            return specificRelay;
        }

        private boolean specificRelayDone;
        private String specificRelay;

        private String findSpecificRelay() {
            String found = null;
            for (Block block : blocks) {
                List<Token> t = block.tokens;
                for (int k = 0; k < t.size(); k++) {
                    Token token = t.get(k);
                    if (token.quoted() || !token.allCaps() || token.text().length() < 2 || token.text().length() > 8) {
                        continue;
                    }
                    boolean mediaNear = false;
                    for (int a = Math.max(0, k - 3); a < Math.min(t.size(), k + 4); a++) {
                        String l = t.get(a).lower();
                        if (l.equals("agency") || l.equals("media") || l.equals("news") || l.equals("reported")
                                || l.equals("according") || l.equals("broadcaster")) {
                            mediaNear = true;
                        }
                    }
                    if (mediaNear) {
                        if (found == null) {
                            found = token.text();
                        } else if (!found.equals(token.text())) {
                            return null; // two agencies: "state media" could be either
                        }
                    }
                }
            }
            return found;
        }

        private boolean isPersonOrSpeaker(String name, Cast.Entity speaker) {
            String[] words = Cast.words(name);
            if (words.length == 1 && Lexicon.PRONOUNS.contains(words[0])) {
                return true;
            }
            if (speaker != null && String.join(" ", words).equals(String.join(" ", speaker.words))) {
                return true;
            }
            Cast.Entity named = cast.byName(String.join(" ", words));
            if (named != null && named.person) {
                return true;
            }
            return words.length == 1 && cast.personBySurname(words[0]) != null;
        }

        /** A name that can carry somebody's words to the public: an acronym, a media word, a one-word brand. */
        private static boolean looksLikeMedia(String name) {
            String[] words = WHITESPACE.split(name);
            for (String w : words) {
                String l = w.toLowerCase(java.util.Locale.ROOT);
                if (Lexicon.MEDIA_WORDS.contains(l) || Lexicon.NEWS_WORDS.contains(l)
                        || w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return words.length == 1;
        }

        // --- medium and occasion -------------------------------------------------------------

        private String medium(Block block, int from, int to, Speaker speaker) {
            String own = null;
            boolean definite = false;
            for (int k = from; k < to; k++) {
                if (block.tokens.get(k).quoted()) {
                    continue;
                }
                String m = mediumAt(block.tokens, k);
                if (m != null) {
                    own = m;
                    definite = k > 0 && block.tokens.get(k - 1).lower().equals("the");
                    break;
                }
            }
            if (speaker.documentMedium() != null && own == null) {
                own = mediumOf(speaker.documentMedium());
            }
            String known = speakerMedium.get(speaker.entity());
            if (own != null && !(definite && known != null)) {
                return own;
            }
            String before = own == null ? previousSentenceMedium(block, from, speaker.entity()) : null;
            if (before != null) {
                return before;
            }
            if (known != null) {
                return known;
            }
            return dominantMedium();
        }

        /** "Brandt struck a conciliatory tone at a news conference. “…,” Brandt said." */
        private String previousSentenceMedium(Block block, int sentenceFrom, Cast.Entity speaker) {
            if (sentenceFrom == 0) {
                return null;
            }
            int previous = block.sentenceStart(sentenceFrom - 1);
            boolean aboutSpeaker = false;
            for (Mention m : block.mentionsIn(previous, sentenceFrom)) {
                aboutSpeaker |= m.isName() && cast.of(m) == speaker || m.type() == Mention.Type.PRONOUN;
            }
            if (!aboutSpeaker) {
                return null;
            }
            for (int k = previous; k < sentenceFrom; k++) {
                String m = block.tokens.get(k).quoted() ? null : mediumAt(block.tokens, k);
                if (m != null) {
                    return m;
                }
            }
            return null;
        }

        /** The medium a sentence names for its subject ("… Volkova wrote on her Telegram channel"). */
        private void recordSpeakerMedium(Block block, int from, int to) {
            for (int k = from; k < to; k++) {
                String m = block.tokens.get(k).quoted() ? null : mediumAt(block.tokens, k);
                if (m != null) {
                    Speaker subject = sentenceSubject(block, from, to);
                    if (subject != null && subject.entity() != null) {
                        speakerMedium.putIfAbsent(subject.entity(), m);
                    }
                    return;
                }
            }
        }

        private static String mediumOf(String noun) {
            for (var entry : Lexicon.MEDIA) {
                if (entry.getKey().equals(noun)) {
                    return entry.getValue();
                }
            }
            return null;
        }

        /** The medium the article talks about most, for quotations whose sentence names none. */
        private String dominantMedium() {
            String best = null;
            int count = 0;
            for (var e : mediumCounts.entrySet()) {
                if (e.getValue() > count && !e.getKey().equals("transcript")) {
                    best = e.getKey();
                    count = e.getValue();
                }
            }
            return best;
        }

        /** The medium phrase starting at token {@code k}, longest first. */
        private static String mediumAt(List<Token> tokens, int k) {
            for (int i : Lexicon.MEDIA_BY_FIRST_WORD.getOrDefault(tokens.get(k).lower(), List.of())) {
                String[] words = Lexicon.MEDIA_PHRASE_WORDS.get(i);
                if (k + words.length > tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int w = 0; w < words.length && match; w++) {
                    Token t = tokens.get(k + w);
                    match = !t.quoted() && t.lower().equals(words[w]);
                }
                if (match) {
                    return Lexicon.MEDIA.get(i).getValue();
                }
            }
            return null;
        }

        private String occasionDate(Block block, int from, int to) {
            if (from >= to || block.tokens.isEmpty()) {
                return null;
            }
            String sentence = clean.substring(block.tokens.get(from).start(), block.tokens.get(to - 1).end());
            Integer year = null;
            if (input.publishedAt() != null && input.publishedAt().length() >= 4) {
                try {
                    year = Integer.parseInt(input.publishedAt().substring(0, 4));
                } catch (NumberFormatException e) {
                    year = null;
                }
            }
            Matcher dmy = DATE_DMY.matcher(sentence);
            if (dmy.find()) {
                return isoDate(dmy.group(3), dmy.group(2), dmy.group(1), year);
            }
            Matcher mdy = DATE_MDY.matcher(sentence);
            if (mdy.find()) {
                return isoDate(mdy.group(3), mdy.group(1), mdy.group(2), year);
            }
            Matcher month = DATE_MONTH.matcher(sentence);
            if (month.find()) {
                return monthDate(month.group(2), month.group(1));
            }
            return null;
        }

        /** "in September" in a November article is the last September before publication; never after it. */
        private String monthDate(String yearText, String monthName) {
            java.time.LocalDate published;
            try {
                published = input.publishedAt() == null ? null : java.time.LocalDate.parse(input.publishedAt().substring(0, 10));
            } catch (RuntimeException e) {
                published = null;
            }
            int month = Lexicon.MONTHS.get(monthName.toLowerCase(java.util.Locale.ROOT));
            if (yearText != null) {
                return java.time.LocalDate.of(Integer.parseInt(yearText), month, MID_MONTH).toString();
            }
            if (published == null) {
                return null;
            }
            java.time.LocalDate date = java.time.LocalDate.of(published.getYear(), month, MID_MONTH);
            if (month > published.getMonthValue()) {
                date = date.minusYears(1);
            } else if (date.isAfter(published)) {
                date = published;
            }
            return date.toString();
        }

        private static String isoDate(String yearText, String monthName, String dayText, Integer fallbackYear) {
            Integer month = Lexicon.MONTHS.get(monthName.toLowerCase(java.util.Locale.ROOT));
            int day = Integer.parseInt(dayText);
            Integer year = yearText != null ? Integer.valueOf(yearText) : fallbackYear;
            if (month == null || year == null || day < 1 || day > 31) {
                return null;
            }
            try {
                return java.time.LocalDate.of(year, month, day).toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        // --- what is not a quotation ---------------------------------------------------------

        /** Titles, nicknames, names given and slogans set in quotation marks. */
        private boolean isNotAQuotation(List<Token> t, int open, int close, String words, int wordCount, int sentenceFrom) {
            if (wordCount == 0) {
                return true;
            }
            if (wordCount <= TITLE_WORDS && !endsSentence(words)) {
                for (int k = open - 1; k >= Math.max(sentenceFrom, open - 3); k--) {
                    String lower = t.get(k).lower();
                    if (t.get(k).quoted()) {
                        break;
                    }
                    if (Lexicon.NON_QUOTE_LEAD_WORDS.contains(lower) && !lower.equals("called")) {
                        return true;
                    }
                    if (lower.equals("as") && k > 0 && Lexicon.NAMING_VERBS.contains(t.get(k - 1).lower())) {
                        return true;
                    }
                }
                // Dwayne “The Rock” Johnson
                if (open > 0 && close < t.size() && t.get(open - 1).capitalized() && t.get(close).capitalized()
                        && !t.get(open - 1).quoted() && !t.get(close).quoted()) {
                    return true;
                }
                if (isTitleCase(words) && wordCount >= 2) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isTitleCase(String words) {
            int capitalised = 0;
            int long_ = 0;
            for (String w : TITLE_SEPARATORS.split(words)) {
                if (w.length() < 4) {
                    continue;
                }
                long_++;
                if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                    capitalised++;
                }
            }
            return long_ >= 2 && capitalised == long_;
        }

        private boolean hasSpeechVerb(List<Token> t, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!t.get(k).quoted() && Lexicon.SPEECH_VERBS.contains(t.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** A quotation in the middle of the writer's sentence ("would promote “a new level…”"). */
        private static boolean embedded(List<Token> t, int open, int sentenceFrom) {
            if (open <= sentenceFrom) {
                return false;
            }
            Token before = t.get(open - 1);
            return before.word() && !before.quoted();
        }

        private static boolean onlyPunctuation(List<Token> t, int from, int to) {
            for (int k = from; k < to; k++) {
                if (t.get(k).word() && !t.get(k).quoted()) {
                    return false;
                }
            }
            return true;
        }

        private static int firstTokenAtOrAfter(List<Token> t, int offset) {
            int lo = 0;
            int hi = t.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (t.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static int firstTokenAfter(List<Token> t, int offset) {
            return firstTokenAtOrAfter(t, offset + 1);
        }
    }

    static boolean startsUpper(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    static boolean endsSentence(String words) {
        int i = words.length() - 1;
        while (i >= 0 && (Character.isWhitespace(words.charAt(i)) || Lexicon.isQuoteMark(words.charAt(i)))) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(words.charAt(i)) >= 0;
    }
}
