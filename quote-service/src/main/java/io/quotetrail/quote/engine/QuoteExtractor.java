package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the direct quotations of an article and attributes each to a speaker, a medium, an
 * occasion and the intermediaries it came through. A pure function of its input: no state is
 * kept between calls, no framework is needed, and the work is linear in the length of the text
 * (every look-around is bounded by {@link #WINDOW} characters).
 */
public final class QuoteExtractor {

    /** How far around a quotation the engine looks for its cue and attribution. */
    static final int WINDOW = 400;
    /** Words between a closing mark and the verb of a trailing cue ("”, the minister later said"). */
    private static final int MAX_TRAILING_CUE_DISTANCE = 8;
    private static final int MAX_NAME_WORDS = 8;
    /** Paragraphs at the top of an article searched for a byline or wire dateline. */
    private static final int LEAD_PARAGRAPHS = 6;
    private static final int MAX_BYLINE_LENGTH = 100;
    private static final int MAX_DATELINE_OFFSET = 120;

    private QuoteExtractor() {
    }

    public static List<ExtractedQuote> extract(ArticleInput input) {
        return extract(ArticleText.parse(input), input);
    }

    public static List<ExtractedQuote> extract(ArticleText text, ArticleInput input) {
        List<ChainMention> articleChain = articleLevelChain(text);
        List<ExtractedQuote> quotes = new ArrayList<>();
        Context context = new Context(articleChain, input.publishedAt());
        List<ArticleText.Paragraph> paragraphs = text.content();
        for (int p = 0; p < paragraphs.size(); p++) {
            ArticleText.Paragraph paragraph = paragraphs.get(p);
            ArticleText.Paragraph next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            List<Span> spans = findSpans(text, paragraph, next);
            for (int s = 0; s < spans.size(); s++) {
                int previousClose = s > 0 ? spans.get(s - 1).closeMark + 1 : paragraph.start();
                int nextOpen = s + 1 < spans.size() ? spans.get(s + 1).openMark : paragraph.end();
                ExtractedQuote quote = attribute(text, paragraph, spans.get(s), previousClose, nextOpen, context);
                if (quote != null) {
                    quotes.add(quote);
                }
            }
        }
        return quotes;
    }

    // --- quote marks ---------------------------------------------------------------------

    /** A quotation's marks: the opening mark and the closing one (or the paragraph end). */
    private record Span(int openMark, int closeMark, boolean closed) {
    }

    private static List<Span> findSpans(ArticleText text, ArticleText.Paragraph paragraph,
                                        ArticleText.Paragraph next) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (text.isMasked(i)) {
                continue;
            }
            char c = text.charAt(i);
            if (open < 0) {
                closer = closerFor(c);
                if (closer == '"' && !canOpenStraight(text, i, paragraph)) {
                    closer = 0;
                }
                if (closer != 0) {
                    open = i;
                }
            } else if (c == closer || (closer == '\u201C' && c == '\u201D')) {
                if (closer == '"' && !canCloseStraight(text, i, paragraph)) {
                    if (canOpenStraight(text, i, paragraph)) {
                        open = i;
                    }
                    continue;
                }
                spans.add(new Span(open, i, true));
                open = -1;
            } else if (closer == '\u201D' && c == '\u201C') {
                open = i; // an opening mark left unclosed: the newer one is the quotation
            }
        }
        // A quotation running on into the next paragraph, which reopens it with the same mark.
        if (open >= 0 && closer != '"' && next != null && text.charAt(next.start()) == text.charAt(open)) {
            spans.add(new Span(open, paragraph.end(), false));
        }
        return spans;
    }

    private static char closerFor(char c) {
        return switch (c) {
            case '\u201C' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            case '"' -> '"';
            default -> 0;
        };
    }

    private static boolean canOpenStraight(ArticleText text, int i, ArticleText.Paragraph paragraph) {
        if (i + 1 >= paragraph.end() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == paragraph.start()) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{\u2014\u2013-/:*_>".indexOf(before) >= 0;
    }

    private static boolean canCloseStraight(ArticleText text, int i, ArticleText.Paragraph paragraph) {
        if (Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= paragraph.end()) {
            return true;
        }
        char after = text.charAt(i + 1);
        return Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-*_".indexOf(after) >= 0;
    }

    // --- attribution ---------------------------------------------------------------------

    /** What the article has told so far: earlier speakers, their media and channels. */
    private static final class Context {
        final List<ChainMention> articleChain;
        final String publishedAt;
        String lastPerson;
        ExtractedQuote previous;
        final Map<String, String> mediumBySpeaker = new HashMap<>();
        final Map<String, List<ChainMention>> channelBySpeaker = new HashMap<>();

        Context(List<ChainMention> articleChain, String publishedAt) {
            this.articleChain = articleChain;
            this.publishedAt = publishedAt;
        }
    }

    private record Cue(Token verb, String speakerAsWritten) {
    }

    private static ExtractedQuote attribute(ArticleText text, ArticleText.Paragraph paragraph, Span span,
                                            int previousClose, int nextOpen, Context context) {
        int start = span.openMark + 1;
        int end = span.closeMark;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (!containsLetter(text, start, end)) {
            return null;
        }
        String quoted = text.raw().substring(start, end);
        int sentenceStart = sentenceStart(text, span.openMark, Math.max(previousClose, paragraph.start()));
        int sentenceEnd = span.closed ? sentenceEnd(text, span.closeMark + 1, nextOpen) : span.closeMark;
        List<Token> before = Token.tokenize(text, sentenceStart, span.openMark);
        List<Token> after = span.closed ? Token.tokenize(text, span.closeMark + 1, sentenceEnd) : List.of();

        QuoteKind kind = kindOf(text, paragraph, quoted, before);
        Cue cue = trailingCue(after);
        if (cue == null) {
            cue = leadingCue(before);
        }

        SpeakerMention speaker = null;
        String medium = null;
        String occasion = null;
        List<ChainMention> intermediaries;
        if (cue == null) {
            ExtractedQuote previous = context.previous;
            boolean continues = previous != null && kind == QuoteKind.FULL && previous.speaker() != null;
            if (!continues) {
                if (kind == QuoteKind.FRAGMENT) {
                    return null; // quoted words nobody is said to say: a term or scare quotes
                }
                ExtractedQuote unattributed = new ExtractedQuote(start, end, quoted, kind, null, null,
                        findMedium(before, after), findDate(before, after, context.publishedAt),
                        withArticleChain(relays(text, before, after), context.articleChain, null));
                context.previous = unattributed;
                return unattributed;
            }
            ExtractedQuote continued = new ExtractedQuote(start, end, quoted, kind, previous.cue(),
                    previous.speaker(), previous.medium(), previous.occasionDate(), previous.intermediaries());
            context.previous = continued;
            return continued;
        }

        speaker = resolveSpeaker(cue.speakerAsWritten(), context);
        String speakerKey = speaker == null ? null : speakerKey(speaker.name());
        medium = findMedium(before, after);
        occasion = findDate(before, after, context.publishedAt);
        List<ChainMention> local = relays(text, before, after);
        if (speakerKey != null) {
            if (medium == null) {
                medium = context.mediumBySpeaker.get(speakerKey);
            } else {
                context.mediumBySpeaker.put(speakerKey, medium);
            }
            if (local.isEmpty()) {
                local = context.channelBySpeaker.getOrDefault(speakerKey, List.of());
            } else {
                context.channelBySpeaker.put(speakerKey, local);
            }
        }
        intermediaries = withArticleChain(local, context.articleChain, speaker);
        ExtractedQuote quote = new ExtractedQuote(start, end, quoted, kind, cue.verb().lower(), speaker,
                medium, occasion, intermediaries);
        context.previous = quote;
        return quote;
    }

    private static boolean containsLetter(ArticleText text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static QuoteKind kindOf(ArticleText text, ArticleText.Paragraph paragraph, String quoted,
                                    List<Token> before) {
        if (paragraph.headline()) {
            return QuoteKind.HEADLINE;
        }
        int first = 0;
        while (first < quoted.length() && !Character.isLetterOrDigit(quoted.charAt(first))) {
            first++;
        }
        if (first < quoted.length() && Character.isLowerCase(quoted.charAt(first))) {
            return QuoteKind.FRAGMENT;
        }
        boolean midSentence = !before.isEmpty() && before.get(before.size() - 1).word();
        return midSentence && wordCount(quoted) <= 3 ? QuoteKind.FRAGMENT : QuoteKind.FULL;
    }

    private static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** "”, X said" / "” said X" after the closing mark. */
    private static Cue trailingCue(List<Token> after) {
        int limit = Math.min(after.size(), MAX_TRAILING_CUE_DISTANCE);
        for (int k = 0; k < limit; k++) {
            Token token = after.get(k);
            if (!token.word() && !token.is(",")) {
                if (k == 0 && (token.is(".") || token.is("\u2014") || token.is("\u2013"))) {
                    continue;
                }
                return null;
            }
            if (token.word() && Lexicon.SPEECH_VERBS.contains(token.lower())) {
                String subject = nameBefore(after, k, 0);
                if (subject == null) {
                    subject = nameAfter(after, k + 1);
                }
                return new Cue(token, subject);
            }
        }
        return null;
    }

    /** "X said:" / "X said that ... “" / "X hailed them as “" before the opening mark. */
    private static Cue leadingCue(List<Token> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Token token = before.get(k);
            if (token.word() && Lexicon.SPEECH_VERBS.contains(token.lower())) {
                String subject = nameBefore(before, k, 0);
                if (subject == null) {
                    subject = nameAfter(before, k + 1);
                }
                return new Cue(token, subject);
            }
        }
        return null;
    }

    /** The speaker named just before the verb at {@code verb}, skipping adverbs; null if none. */
    private static String nameBefore(List<Token> tokens, int verb, int floor) {
        int j = verb - 1;
        while (j >= floor && (tokens.get(j).is(",") || tokens.get(j).word()
                && Lexicon.SKIPPABLE_ADVERBS.contains(tokens.get(j).lower()))) {
            j--;
        }
        if (j < floor || !tokens.get(j).word()) {
            return null;
        }
        String lower = tokens.get(j).lower();
        if (Lexicon.PRONOUNS.contains(lower)) {
            return tokens.get(j).text();
        }
        int last = j;
        int first = -1;
        int words = 0;
        while (j >= floor && tokens.get(j).word() && words < MAX_NAME_WORDS) {
            Token token = tokens.get(j);
            String word = token.lower();
            if (token.capitalized() && !Lexicon.NAME_STOP_WORDS.contains(word)
                    && !Lexicon.DETERMINERS.contains(word)) {
                first = j;
            } else if (!(Lexicon.NAME_CONNECTORS.contains(word) && first >= 0)) {
                break;
            }
            words++;
            j--;
        }
        if (first < 0 || !tokens.get(last).capitalized()) {
            return null;
        }
        return join(tokens, first, last);
    }

    /** The speaker named right after the verb ("said Jane Doe"); null if none. */
    private static String nameAfter(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).word() && Lexicon.DETERMINERS.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).word() && Lexicon.PERSON_PRONOUNS.contains(tokens.get(j).lower())) {
            return tokens.get(j).text();
        }
        int first = j;
        int last = -1;
        while (j < tokens.size() && tokens.get(j).word() && j - first < MAX_NAME_WORDS) {
            Token token = tokens.get(j);
            String word = token.lower();
            if (token.capitalized() && !Lexicon.NAME_STOP_WORDS.contains(word)) {
                last = j;
            } else if (!Lexicon.NAME_CONNECTORS.contains(word)) {
                break;
            }
            j++;
        }
        return last < 0 ? null : join(tokens, first, last);
    }

    private static SpeakerMention resolveSpeaker(String asWritten, Context context) {
        if (asWritten == null || asWritten.isBlank()) {
            return null;
        }
        String lower = asWritten.toLowerCase(Locale.ROOT);
        if (Lexicon.PRONOUNS.contains(lower)) {
            if (Lexicon.PERSON_PRONOUNS.contains(lower) && context.lastPerson != null) {
                return new SpeakerMention(asWritten, context.lastPerson);
            }
            return null; // never report a pronoun as a speaker
        }
        context.lastPerson = asWritten;
        return new SpeakerMention(asWritten, asWritten);
    }

    /** Mentions of one person share the last word of the name ("Jane Doe", "Doe"). */
    private static String speakerKey(String name) {
        int space = name.lastIndexOf(' ');
        return name.substring(space + 1).toLowerCase(Locale.ROOT);
    }

    // --- sentences -----------------------------------------------------------------------

    private static int sentenceStart(ArticleText text, int openMark, int floor) {
        int limit = Math.max(floor, openMark - WINDOW);
        for (int i = openMark - 1; i >= limit; i--) {
            if (endsSentence(text, i) && i + 1 < openMark) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(ArticleText text, int from, int ceiling) {
        int limit = Math.min(ceiling, from + WINDOW);
        for (int i = from; i < limit; i++) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean endsSentence(ArticleText text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && i - wordStart < 6 && (Character.isLetter(text.charAt(wordStart - 1))
                || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.raw().substring(wordStart, i).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        return !initial && !Lexicon.ABBREVIATIONS.contains(word);
    }

    // --- medium and date -----------------------------------------------------------------

    private static String findMedium(List<Token> before, List<Token> after) {
        String medium = findMedium(after);
        return medium != null ? medium : findMedium(before);
    }

    private static String findMedium(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).word()) {
                continue;
            }
            for (int m = 0; m < Lexicon.MEDIA.size(); m++) {
                if (matchesPhrase(tokens, i, Lexicon.MEDIA_PHRASE_WORDS.get(m)) > 0) {
                    return Lexicon.MEDIA.get(m).getValue();
                }
            }
        }
        return null;
    }

    /** Number of tokens matched by the phrase (words and apostrophes) at {@code at}, or 0. */
    private static int matchesPhrase(List<Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return 0;
        }
        for (int w = 0; w < words.length; w++) {
            Token token = tokens.get(at + w);
            if (!token.word() || !token.lower().equals(words[w])) {
                return 0;
            }
        }
        return words.length;
    }

    private static String findDate(List<Token> before, List<Token> after, String publishedAt) {
        String date = findDate(before, publishedAt);
        return date != null ? date : findDate(after, publishedAt);
    }

    /** "15 August 2025", "August 15, 2025", "on 15 August" (year from publication), "2025-08-15". */
    private static String findDate(List<Token> tokens, String publishedAt) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.word()) {
                continue;
            }
            String iso = isoDate(token.text());
            if (iso != null) {
                return iso;
            }
            Integer month = Lexicon.MONTHS.get(token.lower());
            if (month == null) {
                continue;
            }
            Integer day = null;
            int yearAt;
            if (i > 0 && dayNumber(tokens.get(i - 1)) != null) {
                day = dayNumber(tokens.get(i - 1));
                yearAt = i + 1;
            } else if (i + 1 < tokens.size() && dayNumber(tokens.get(i + 1)) != null) {
                day = dayNumber(tokens.get(i + 1));
                yearAt = i + 2;
                if (yearAt < tokens.size() && tokens.get(yearAt).is(",")) {
                    yearAt++;
                }
            } else {
                continue;
            }
            Integer year = yearAt < tokens.size() ? yearNumber(tokens.get(yearAt)) : null;
            if (year == null) {
                year = yearFrom(publishedAt, month, day);
            }
            if (year != null && validDate(year, month, day)) {
                return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
            }
        }
        return null;
    }

    private static Integer dayNumber(Token token) {
        String t = token.lower();
        if (t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!token.word() || t.isEmpty() || t.length() > 2 || !allDigits(t)) {
            return null;
        }
        int day = Integer.parseInt(t);
        return day >= 1 && day <= 31 ? day : null;
    }

    private static Integer yearNumber(Token token) {
        String t = token.text();
        if (!token.word() || t.length() != 4 || !allDigits(t)) {
            return null;
        }
        int year = Integer.parseInt(t);
        return year >= 1800 && year <= 2200 ? year : null;
    }

    /** The publication year, or the year before when the day would fall after publication. */
    private static Integer yearFrom(String publishedAt, int month, int day) {
        String iso = publishedAt == null ? null : isoDate(publishedAt);
        if (iso == null) {
            return null;
        }
        int year = Integer.parseInt(iso.substring(0, 4));
        int publishedMonth = Integer.parseInt(iso.substring(5, 7));
        int publishedDay = Integer.parseInt(iso.substring(8, 10));
        boolean later = month > publishedMonth || month == publishedMonth && day > publishedDay;
        return later ? year - 1 : year;
    }

    private static String isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || !allDigits(s.substring(0, 4)) || !allDigits(s.substring(5, 7)) || !allDigits(s.substring(8, 10))) {
            return null;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = Integer.parseInt(s.substring(5, 7));
        int day = Integer.parseInt(s.substring(8, 10));
        return validDate(year, month, day) ? s : null;
    }

    private static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    // --- chain ---------------------------------------------------------------------------

    /** Intermediaries named around one quotation, origin first. */
    private static List<ChainMention> relays(ArticleText text, List<Token> before, List<Token> after) {
        List<ChainMention> mentions = new ArrayList<>();
        collectRelays(text, before, mentions);
        collectRelays(text, after, mentions);
        return mentions;
    }

    private static void collectRelays(ArticleText text, List<Token> tokens, List<ChainMention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.word()) {
                continue;
            }
            String lower = token.lower();
            if (lower.equals(Lexicon.CITING)) {
                int nameEnd = relayNameEnd(tokens, i + 1);
                if (nameEnd > i + 1) {
                    ChainMention upstream = mention(text, tokens, i, i + 1, nameEnd);
                    // "X reported, citing Y": Y handed the words to X, so Y comes first
                    int at = mentions.isEmpty() ? 0 : mentions.size() - 1;
                    addDistinct(mentions, at, upstream);
                    i = nameEnd - 1;
                }
                continue;
            }
            boolean matchedPrefix = false;
            for (String[] prefix : Lexicon.RELAY_PREFIX_WORDS) {
                int length = matchesPhrase(tokens, i, prefix);
                if (length == 0) {
                    continue;
                }
                int nameEnd = relayNameEnd(tokens, i + length);
                if (nameEnd > i + length) {
                    addDistinct(mentions, mentions.size(), mention(text, tokens, i, i + length, nameEnd));
                    i = nameEnd - 1;
                    matchedPrefix = true;
                    break;
                }
            }
            if (matchedPrefix) {
                continue;
            }
            if (Lexicon.RELAY_VERBS.contains(lower) && !passive(tokens, i)) {
                int nameStart = relayNameStart(tokens, i);
                if (nameStart < i) {
                    String name = join(tokens, nameStart, i - 1);
                    String evidence = text.raw().substring(tokens.get(nameStart).start(), token.end());
                    addDistinct(mentions, mentions.size(), new ChainMention(name, evidence));
                }
            }
        }
    }

    private static boolean passive(List<Token> tokens, int verb) {
        boolean byFollows = verb + 1 < tokens.size() && tokens.get(verb + 1).lower().equals("by");
        String previous = verb > 0 ? tokens.get(verb - 1).lower() : "";
        return byFollows || previous.equals("was") || previous.equals("were") || previous.equals("been")
                || previous.equals("be") || previous.equals("is") || previous.equals("are");
    }

    private static ChainMention mention(ArticleText text, List<Token> tokens, int cueStart, int nameStart, int nameEnd) {
        int first = nameStart;
        while (first < nameEnd && Lexicon.DETERMINERS.contains(tokens.get(first).lower())) {
            first++;
        }
        String name = join(tokens, first, nameEnd - 1);
        String evidence = text.raw().substring(tokens.get(cueStart).start(), tokens.get(nameEnd - 1).end());
        return new ChainMention(name, evidence);
    }

    /** Exclusive end of a relay's name starting at {@code from}, or {@code from} when there is none. */
    private static int relayNameEnd(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).word() && Lexicon.DETERMINERS.contains(tokens.get(j).lower())) {
            j++;
        }
        int end = from;
        boolean named = false;
        int words = 0;
        while (j < tokens.size() && tokens.get(j).word() && words < MAX_NAME_WORDS) {
            Token token = tokens.get(j);
            String word = token.lower();
            if (token.capitalized() && !Lexicon.NAME_STOP_WORDS.contains(word)) {
                named = true;
            } else if (Lexicon.MEDIA_WORDS.contains(word) && !Lexicon.NAME_STOP_WORDS.contains(word)) {
                named |= word.equals("media") || word.equals("agency") || word.equals("press");
            } else if (!(Lexicon.NAME_CONNECTORS.contains(word) && j > from)) {
                break;
            }
            j++;
            words++;
            end = j;
        }
        while (end > from && Lexicon.NAME_CONNECTORS.contains(tokens.get(end - 1).lower())) {
            end--;
        }
        return named ? end : from;
    }

    /** Start of a relay's name ending just before the verb at {@code verb}, or {@code verb} when none. */
    private static int relayNameStart(List<Token> tokens, int verb) {
        int j = verb - 1;
        int start = verb;
        boolean named = false;
        int words = 0;
        while (j >= 0 && tokens.get(j).word() && words < MAX_NAME_WORDS) {
            Token token = tokens.get(j);
            String word = token.lower();
            if (token.capitalized() && !Lexicon.NAME_STOP_WORDS.contains(word) && !Lexicon.DETERMINERS.contains(word)) {
                named = true;
            } else if (!Lexicon.MEDIA_WORDS.contains(word) && !(Lexicon.NAME_CONNECTORS.contains(word) && start < verb)) {
                break;
            } else if (word.equals("media") || word.equals("agency")) {
                named = true;
            }
            start = j;
            j--;
            words++;
        }
        while (start < verb && Lexicon.NAME_CONNECTORS.contains(tokens.get(start).lower())) {
            start++;
        }
        return named ? start : verb;
    }

    private static void addDistinct(List<ChainMention> mentions, int at, ChainMention mention) {
        for (ChainMention existing : mentions) {
            if (existing.name().equalsIgnoreCase(mention.name())) {
                return;
            }
        }
        mentions.add(Math.max(0, Math.min(at, mentions.size())), mention);
    }

    /** The quotation's own intermediaries, then the wire named in the byline or dateline. */
    private static List<ChainMention> withArticleChain(List<ChainMention> local, List<ChainMention> articleChain,
                                                       SpeakerMention speaker) {
        List<ChainMention> chain = new ArrayList<>();
        for (ChainMention mention : local) {
            if (speaker == null || !mention.name().equalsIgnoreCase(speaker.name())) {
                addDistinct(chain, chain.size(), mention);
            }
        }
        for (ChainMention mention : articleChain) {
            addDistinct(chain, chain.size(), mention);
        }
        return chain;
    }

    /** Wire agencies named by a byline ("By AFP") or a dateline ("SEOUL (Reuters) -", "/TASS/"). */
    private static List<ChainMention> articleLevelChain(ArticleText text) {
        List<ChainMention> chain = new ArrayList<>();
        List<ArticleText.Paragraph> paragraphs = text.content();
        for (int p = 0; p < Math.min(LEAD_PARAGRAPHS, paragraphs.size()); p++) {
            ArticleText.Paragraph paragraph = paragraphs.get(p);
            if (paragraph.headline()) {
                continue;
            }
            ChainMention byline = byline(text, paragraph);
            if (byline != null) {
                addDistinct(chain, chain.size(), byline);
                continue;
            }
            ChainMention dateline = dateline(text, paragraph);
            if (dateline != null) {
                addDistinct(chain, chain.size(), dateline);
            }
        }
        return chain;
    }

    private static ChainMention byline(ArticleText text, ArticleText.Paragraph paragraph) {
        if (paragraph.end() - paragraph.start() > MAX_BYLINE_LENGTH) {
            return null;
        }
        List<Token> tokens = Token.tokenize(text, paragraph.start(), paragraph.end());
        if (tokens.size() < 2 || !tokens.get(0).text().equals("By") || !tokens.get(1).capitalized()) {
            return null;
        }
        // "By Jane Doe, Reuters": the organisation follows the last comma; "By Jane Doe" names a writer only
        int segmentStart = 1;
        boolean comma = false;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).is(",") || tokens.get(i).lower().equals("and") || tokens.get(i).is(";")) {
                segmentStart = i + 1;
                comma |= tokens.get(i).is(",");
            }
        }
        int segmentEnd = segmentStart;
        while (segmentEnd < tokens.size() && tokens.get(segmentEnd).word()) {
            segmentEnd++;
        }
        if (segmentEnd == segmentStart) {
            return null;
        }
        boolean organisation = comma || segmentEnd - segmentStart == 1 || hasAcronym(tokens, segmentStart, segmentEnd)
                || tokens.get(segmentStart).text().equals("The") || hasMediaWord(tokens, segmentStart, segmentEnd);
        if (!organisation) {
            return null;
        }
        int first = tokens.get(segmentStart).text().equals("The") && segmentEnd - segmentStart > 1
                ? segmentStart + 1 : segmentStart;
        String evidence = text.raw().substring(paragraph.start(), paragraph.end());
        return new ChainMention(join(tokens, first, segmentEnd - 1), evidence);
    }

    private static boolean hasMediaWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).lower();
            if (Lexicon.MEDIA_WORDS.contains(word) && !Lexicon.NAME_CONNECTORS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAcronym(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            if (t.length() >= 2 && t.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    private static ChainMention dateline(ArticleText text, ArticleText.Paragraph paragraph) {
        int limit = Math.min(paragraph.end(), paragraph.start() + MAX_DATELINE_OFFSET);
        List<Token> tokens = Token.tokenize(text, paragraph.start(), limit);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("/")) {
                String closing = token.is("(") ? ")" : "/";
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).capitalized() && j - i <= 4) {
                    j++;
                }
                boolean closed = j > i + 1 && j < tokens.size() && tokens.get(j).is(closing);
                boolean dashFollows = j + 1 < tokens.size() && isDash(tokens.get(j + 1));
                boolean wireSlash = closing.equals("/") && hasAcronym(tokens, i + 1, j);
                if (closed && (dashFollows || wireSlash)) {
                    String evidence = text.raw().substring(token.start(),
                            dashFollows ? tokens.get(j + 1).end() : tokens.get(j).end());
                    return new ChainMention(join(tokens, i + 1, j - 1), evidence);
                }
            }
        }
        return null;
    }

    private static boolean isDash(Token token) {
        return token.is("-") || token.is("\u2013") || token.is("\u2014");
    }

    /** The words of tokens [first, last] as written, joined by single spaces. */
    private static String join(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (!tokens.get(i).word()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
