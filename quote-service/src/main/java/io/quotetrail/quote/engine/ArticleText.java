package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An ingested article (plain text, Markdown or HTML) read as prose. Markup is dropped and HTML
 * entities are decoded into a clean copy of the text; every clean character remembers where it
 * came from, so that offsets reported to users always refer to the ingested text. The clean
 * copy is cut into paragraphs, each with its role (headline, body, byline, boilerplate).
 */
public final class ArticleText {

    /** What a paragraph is to the story. */
    public enum Role { HEADLINE, BODY, BYLINE, BOILERPLATE }

    /** A paragraph: [start, end) in the clean text. */
    public record Paragraph(int start, int end, Role role, boolean blockQuote) {
    }

    private static final int MAX_TAG_LENGTH = 2000;
    private static final int MAX_ENTITY_LENGTH = 10;
    private static final int MAX_HEADLINE_LENGTH = 250;
    private static final int MAX_BYLINE_LENGTH = 120;
    /** Elements whose whole content is not prose. */
    private static final Set<String> SKIPPED_ELEMENTS = Set.of(
            "head", "script", "style", "title", "figcaption", "nav", "aside", "footer", "noscript",
            "svg", "button", "form", "select", "template");
    /** Elements that end a paragraph. */
    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "figure", "article", "section", "header", "main", "tr", "td", "table", "hr", "body", "html",
            "dd", "dt", "pre");

    private final String raw;
    private final String clean;
    /** Raw offset of each clean character, and one past the end; null when clean equals raw. */
    private final int[] rawStart;
    private final int[] rawEnd;
    private final List<Paragraph> paragraphs;
    private final String originalUrl;

    private ArticleText(String raw, String clean, int[] rawStart, int[] rawEnd,
                        List<Paragraph> paragraphs, String originalUrl) {
        this.raw = raw;
        this.clean = clean;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.paragraphs = paragraphs;
        this.originalUrl = originalUrl;
    }

    public static ArticleText parse(ArticleInput input) {
        String raw = input.text();
        Cleaner cleaner = new Cleaner(raw);
        if (looksLikeHtml(raw)) {
            cleaner.html();
        } else {
            cleaner.markdown();
        }
        String clean = cleaner.out.toString();
        boolean identity = clean.equals(raw);
        List<Paragraph> paragraphs = classify(clean, split(clean, cleaner.headingMarks, cleaner.blockQuoteMarks),
                input.title());
        String url = cleaner.autolink;
        String fromLine = originalUrlLine(clean, paragraphs);
        return new ArticleText(raw, clean,
                identity ? null : cleaner.starts.toArray(), identity ? null : cleaner.ends.toArray(),
                paragraphs, fromLine != null ? fromLine : url);
    }

    /** The ingested text. */
    public String raw() {
        return raw;
    }

    /** The prose without markup; the engine reads this. */
    public String clean() {
        return clean;
    }

    /** Raw offset where the clean character at {@code index} starts. */
    public int rawStart(int index) {
        if (rawStart == null) {
            return index;
        }
        return index >= rawStart.length ? raw.length() : rawStart[index];
    }

    /** Raw offset just after the clean character at {@code index - 1}: the raw end of a clean span ending there. */
    public int rawEnd(int index) {
        if (rawEnd == null) {
            return index;
        }
        return index <= 0 ? 0 : rawEnd[index - 1];
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The article's own address from an "Original url:" line or an autolink, or null. */
    public String originalUrl() {
        return originalUrl;
    }

    // --- cleaning ------------------------------------------------------------------------

    private static boolean looksLikeHtml(String raw) {
        String head = raw.substring(0, Math.min(raw.length(), 4000)).toLowerCase(Locale.ROOT);
        return head.contains("<p>") || head.contains("<p ") || head.contains("<html") || head.contains("<br")
                || head.contains("<div") || head.contains("<article") || head.contains("</p>");
    }

    /** Growable int array: two per character would cost too much as boxed lists. */
    private static final class Ints {
        int[] values = new int[64];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static final class Cleaner {
        final String raw;
        final StringBuilder out;
        final Ints starts = new Ints();
        final Ints ends = new Ints();
        /** Clean offsets of line starts that were headings (HTML h1-h6 or Markdown #). */
        final Set<Integer> headingMarks = new HashSet<>();
        final Set<Integer> blockQuoteMarks = new HashSet<>();
        String autolink;

        Cleaner(String raw) {
            this.raw = raw;
            this.out = new StringBuilder(raw.length());
        }

        void emit(char c, int from, int to) {
            out.append(c);
            starts.add(from);
            ends.add(to);
        }

        void html() {
            int n = raw.length();
            int i = 0;
            while (i < n) {
                char c = raw.charAt(i);
                if (c == '<' && i + 1 < n && (Character.isLetter(raw.charAt(i + 1)) || raw.charAt(i + 1) == '/'
                        || raw.charAt(i + 1) == '!')) {
                    int close = indexOf(raw, '>', i, MAX_TAG_LENGTH);
                    if (close < 0) {
                        emit(c, i, i + 1);
                        i++;
                        continue;
                    }
                    String name = tagName(raw, i + 1, close);
                    boolean closing = raw.charAt(i + 1) == '/';
                    if (!closing && SKIPPED_ELEMENTS.contains(name)) {
                        int end = raw.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
                        int endClose = end < 0 ? -1 : raw.indexOf('>', end);
                        i = endClose < 0 ? close + 1 : endClose + 1;
                        emit('\n', i - 1, i);
                        continue;
                    }
                    if (BLOCK_ELEMENTS.contains(name)) {
                        emit('\n', i, close + 1);
                        if (!closing && name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                            headingMarks.add(out.length());
                        }
                        if (!closing && name.equals("blockquote")) {
                            blockQuoteMarks.add(out.length());
                        }
                    }
                    i = close + 1;
                } else if (c == '&') {
                    i = entity(i);
                } else {
                    emit(c, i, i + 1);
                    i++;
                }
            }
        }

        private int entity(int at) {
            int semi = indexOf(raw, ';', at, MAX_ENTITY_LENGTH);
            char decoded = semi < 0 ? 0 : Entities.decode(raw.substring(at + 1, semi));
            if (decoded == 0) {
                emit('&', at, at + 1);
                return at + 1;
            }
            emit(decoded, at, semi + 1);
            return semi + 1;
        }

        void markdown() {
            int n = raw.length();
            int i = 0;
            boolean lineStart = true;
            while (i < n) {
                char c = raw.charAt(i);
                if (lineStart && (c == '#' || c == '>')) {
                    int j = i;
                    while (j < n && raw.charAt(j) == c) {
                        j++;
                    }
                    if (j < n && raw.charAt(j) == ' ') {
                        (c == '#' ? headingMarks : blockQuoteMarks).add(out.length());
                        i = j + 1;
                        continue;
                    }
                }
                lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
                if ((c == '*' || c == '_') && i + 1 < n && raw.charAt(i + 1) == c) {
                    i += 2; // strong emphasis marks carry no words
                } else if (c == '!' && i + 1 < n && raw.charAt(i + 1) == '[' && linkEnd(i + 1) > 0) {
                    i = linkEnd(i + 1); // an image: its alt text is not prose
                } else if (c == '[' && linkEnd(i) > 0) {
                    int labelEnd = raw.indexOf("](", i);
                    int end = linkEnd(i);
                    for (int k = i + 1; k < labelEnd; k++) {
                        emit(raw.charAt(k), k, k + 1);
                    }
                    i = end;
                } else if (c == '<' && raw.startsWith("http", i + 1)) {
                    int close = indexOf(raw, '>', i, MAX_TAG_LENGTH);
                    if (close < 0) {
                        emit(c, i, i + 1);
                        i++;
                    } else {
                        if (autolink == null) {
                            autolink = raw.substring(i + 1, close);
                        }
                        i = close + 1;
                    }
                } else {
                    emit(c, i, i + 1);
                    i++;
                }
            }
        }

        /** End (exclusive) of a Markdown link "[label](target)" starting at {@code open}, or -1. */
        private int linkEnd(int open) {
            int labelEnd = indexOf(raw, ']', open, 300);
            if (labelEnd < 0 || labelEnd + 1 >= raw.length() || raw.charAt(labelEnd + 1) != '(') {
                return -1;
            }
            for (int k = open + 1; k < labelEnd; k++) {
                if (raw.charAt(k) == '\n' || raw.charAt(k) == '[') {
                    return -1;
                }
            }
            int targetEnd = indexOf(raw, ')', labelEnd, MAX_TAG_LENGTH);
            return targetEnd < 0 ? -1 : targetEnd + 1;
        }
    }

    private static int indexOf(String s, char c, int from, int maxDistance) {
        int limit = Math.min(s.length(), from + maxDistance);
        for (int i = from; i < limit; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String raw, int from, int to) {
        int i = from;
        if (i < to && (raw.charAt(i) == '/' || raw.charAt(i) == '!')) {
            i++;
        }
        int start = i;
        while (i < to && Character.isLetterOrDigit(raw.charAt(i))) {
            i++;
        }
        return raw.substring(start, i).toLowerCase(Locale.ROOT);
    }

    // --- paragraphs ----------------------------------------------------------------------

    /** One paragraph a non-blank line; a line broken inside a sentence is joined to the next. */
    private static List<Paragraph> split(String clean, Set<Integer> headings, Set<Integer> blockQuotes) {
        List<Paragraph> lines = new ArrayList<>();
        int n = clean.length();
        int lineStart = 0;
        boolean heading = false;
        boolean blockQuote = false;
        while (lineStart <= n) {
            int lineEnd = clean.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            heading |= headings.contains(lineStart);
            blockQuote |= blockQuotes.contains(lineStart);
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(clean.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(clean.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                Paragraph previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (previous != null && previous.role() != Role.HEADLINE && !heading
                        && Character.isLowerCase(clean.charAt(s)) && Character.isLetterOrDigit(clean.charAt(previous.end() - 1))) {
                    lines.set(lines.size() - 1, new Paragraph(previous.start(), e, previous.role(), previous.blockQuote()));
                } else {
                    lines.add(new Paragraph(s, e, heading ? Role.HEADLINE : Role.BODY, blockQuote));
                }
                heading = false;
                blockQuote = false;
            }
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    private static List<Paragraph> classify(String clean, List<Paragraph> lines, String title) {
        List<Paragraph> result = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        boolean bodyStarted = false;
        String normalizedTitle = title == null ? null : normalize(title);
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = lines.get(i);
            String text = clean.substring(p.start(), p.end());
            String key = normalize(text);
            Role role = p.role();
            if (!seen.add(key) && text.length() > 15 && (isHeadlineShaped(text) || i < 8)) {
                role = Role.BOILERPLATE; // a repeated headline or standfirst
            } else if (isBoilerplate(text)) {
                role = Role.BOILERPLATE;
            } else if (isByline(text)) {
                role = Role.BYLINE;
            } else if (role == Role.HEADLINE || key.equals(normalizedTitle)) {
                role = Role.HEADLINE;
            } else if (!bodyStarted && i + 1 < lines.size() && isHeadlineShaped(text)) {
                role = Role.HEADLINE;
            }
            if (role == Role.BODY && endsSentence(text)) {
                bodyStarted = true;
            }
            result.add(new Paragraph(p.start(), p.end(), role, p.blockQuote()));
        }
        return List.copyOf(result);
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isHeadlineShaped(String text) {
        return text.length() <= MAX_HEADLINE_LENGTH && !endsSentence(text) && text.indexOf(' ') > 0
                && Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Lexicon.isQuoteMark(text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?:;…".indexOf(text.charAt(i)) >= 0;
    }

    static boolean isByline(String text) {
        if (text.length() > MAX_BYLINE_LENGTH || !text.startsWith("By ") && !text.startsWith("by ")) {
            return false;
        }
        return text.length() > 3 && Character.isUpperCase(text.charAt(3));
    }

    private static boolean isBoilerplate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : Lexicon.BOILERPLATE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        for (String marker : Lexicon.CAPTION_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return isLanguageSwitcher(text);
    }

    /** "ua en ru", "EN | FR | DE": a few two- or three-letter codes and nothing else. */
    private static boolean isLanguageSwitcher(String text) {
        String[] words = text.split("[\\s|/·•]+");
        if (words.length < 2 || words.length > 8) {
            return false;
        }
        boolean lower = words[0].equals(words[0].toLowerCase(Locale.ROOT));
        for (String word : words) {
            if (word.length() < 2 || word.length() > 3 || !word.chars().allMatch(Character::isLetter)
                    || word.equals(word.toLowerCase(Locale.ROOT)) != lower
                    || !lower && !word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String originalUrlLine(String clean, List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String text = clean.substring(p.start(), p.end());
            if (!text.toLowerCase(Locale.ROOT).startsWith(Lexicon.ORIGINAL_URL_PREFIX)) {
                continue;
            }
            String url = firstUrl(text);
            if (url == null && i + 1 < paragraphs.size()) {
                Paragraph next = paragraphs.get(i + 1);
                url = firstUrl(clean.substring(next.start(), next.end()));
            }
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static String firstUrl(String text) {
        int at = text.indexOf("http");
        if (at < 0) {
            return null;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "<>\"')]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String url = text.substring(at, end);
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }
}
