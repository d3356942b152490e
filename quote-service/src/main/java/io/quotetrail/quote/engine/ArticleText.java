package io.quotetrail.quote.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ingested article read into paragraphs. The raw text is never copied or rewritten: every
 * paragraph, token and quotation keeps offsets into it. Markup (HTML tags, Markdown link targets
 * and autolinks) is masked rather than removed, and boilerplate paragraphs are set aside.
 */
public final class ArticleText {

    /** A run of non-blank lines, [start, end) in the raw text. */
    public record Paragraph(int start, int end, boolean headline) {
    }

    private final String raw;
    private final boolean[] masked;
    private final List<Paragraph> content;
    private final List<Paragraph> boilerplate;
    private final String originalUrl;

    private ArticleText(String raw, boolean[] masked, List<Paragraph> content,
                        List<Paragraph> boilerplate, String originalUrl) {
        this.raw = raw;
        this.masked = masked;
        this.content = content;
        this.boilerplate = boilerplate;
        this.originalUrl = originalUrl;
    }

    public static ArticleText parse(ArticleInput input) {
        String raw = input.text();
        boolean[] masked = maskMarkup(raw);
        List<Paragraph> all = mergeBrokenParagraphs(raw, splitParagraphs(raw), input.title());
        List<Paragraph> content = new ArrayList<>();
        List<Paragraph> boilerplate = new ArrayList<>();
        String originalUrl = null;
        boolean expectUrl = false;
        for (Paragraph paragraph : all) {
            String lead = leadingText(raw, paragraph);
            String lower = lead.toLowerCase(Locale.ROOT);
            if (expectUrl && lower.contains("http")) {
                originalUrl = firstUrl(raw, paragraph.start(), paragraph.end());
                boilerplate.add(paragraph);
                expectUrl = false;
                continue;
            }
            expectUrl = false;
            if (lower.startsWith(Lexicon.ORIGINAL_URL_PREFIX)) {
                originalUrl = firstUrl(raw, paragraph.start(), paragraph.end());
                expectUrl = originalUrl == null;
                boilerplate.add(paragraph);
            } else if (isBoilerplate(lower) || isCaption(raw, paragraph)) {
                boilerplate.add(paragraph);
            } else {
                content.add(paragraph);
            }
        }
        return new ArticleText(raw, masked, List.copyOf(content), List.copyOf(boilerplate), originalUrl);
    }

    public String raw() {
        return raw;
    }

    public int length() {
        return raw.length();
    }

    public char charAt(int index) {
        return raw.charAt(index);
    }

    /** True for characters of markup (tags, link targets) that carry no words of the article. */
    public boolean isMasked(int index) {
        return masked[index];
    }

    /** Paragraphs that carry news, in order. */
    public List<Paragraph> content() {
        return content;
    }

    /** Paragraphs set aside as boilerplate (related stories, captions, share prompts...). */
    public List<Paragraph> boilerplate() {
        return boilerplate;
    }

    /** The article's own address from an "Original url:" line, or null. */
    public String originalUrl() {
        return originalUrl;
    }

    // --- parsing -------------------------------------------------------------------------

    private static List<Paragraph> splitParagraphs(String raw) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int n = raw.length();
        int lineStart = 0;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        while (lineStart <= n) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int contentStart = lineStart;
            int contentEnd = lineEnd;
            while (contentStart < contentEnd && Character.isWhitespace(raw.charAt(contentStart))) {
                contentStart++;
            }
            while (contentEnd > contentStart && Character.isWhitespace(raw.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentStart == contentEnd) {
                if (paragraphStart >= 0) {
                    paragraphs.add(new Paragraph(paragraphStart, paragraphEnd, false));
                    paragraphStart = -1;
                }
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = contentStart;
                }
                paragraphEnd = contentEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new Paragraph(paragraphStart, paragraphEnd, false));
        }
        return paragraphs;
    }

    /**
     * Rejoins a sentence that a copy-paste broke over a blank line (the paragraph does not end a
     * sentence and the next starts in lower case), and marks headlines.
     */
    private static List<Paragraph> mergeBrokenParagraphs(String raw, List<Paragraph> paragraphs, String title) {
        List<Paragraph> merged = new ArrayList<>();
        String normalizedTitle = title == null ? "" : title.strip();
        for (Paragraph paragraph : paragraphs) {
            if (!merged.isEmpty()) {
                Paragraph previous = merged.get(merged.size() - 1);
                char last = raw.charAt(previous.end() - 1);
                char first = raw.charAt(paragraph.start());
                if (!previous.headline() && Character.isLowerCase(first) && Character.isLetterOrDigit(last)) {
                    merged.set(merged.size() - 1, new Paragraph(previous.start(), paragraph.end(), false));
                    continue;
                }
            }
            merged.add(new Paragraph(paragraph.start(), paragraph.end(),
                    isHeadline(raw, paragraph, normalizedTitle)));
        }
        return merged;
    }

    private static boolean isHeadline(String raw, Paragraph paragraph, String title) {
        char first = raw.charAt(paragraph.start());
        if (first == '#') {
            return true;
        }
        if (raw.startsWith("<h", paragraph.start()) && paragraph.end() - paragraph.start() > 3
                && Character.isDigit(raw.charAt(paragraph.start() + 2))) {
            return true;
        }
        return !title.isEmpty() && paragraph.end() - paragraph.start() == title.length()
                && raw.startsWith(title, paragraph.start());
    }

    /** The paragraph's text with leading Markdown emphasis, quote and heading marks removed. */
    private static String leadingText(String raw, Paragraph paragraph) {
        int i = paragraph.start();
        while (i < paragraph.end() && "*_#> \t".indexOf(raw.charAt(i)) >= 0) {
            i++;
        }
        return raw.substring(i, Math.min(paragraph.end(), i + 40));
    }

    private static boolean isBoilerplate(String lowerLead) {
        for (String prefix : Lexicon.BOILERPLATE_PREFIXES) {
            if (lowerLead.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A photo caption with a credit in bold at its end ("Soldiers at a parade. **AFP**"): short,
     * free of quote marks, closing on emphasis.
     */
    private static boolean isCaption(String raw, Paragraph paragraph) {
        int length = paragraph.end() - paragraph.start();
        if (length > 300 || length < 6 || !raw.startsWith("**", paragraph.end() - 2)) {
            return false;
        }
        if (raw.startsWith("**", paragraph.start())) {
            return false; // wholly bold: a heading or standfirst, not a credited caption
        }
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = raw.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return false;
            }
        }
        return true;
    }

    private static String firstUrl(String raw, int from, int to) {
        int at = raw.indexOf("http", from);
        if (at < 0 || at >= to) {
            return null;
        }
        int end = at;
        while (end < to && !Character.isWhitespace(raw.charAt(end)) && "<>\"')]".indexOf(raw.charAt(end)) < 0) {
            end++;
        }
        String url = raw.substring(at, end);
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    /**
     * Marks HTML tags, Markdown link targets "](...)" and autolinks "<http...>" so that their
     * quote marks and words are not read as prose. One pass; each character is visited a bounded
     * number of times.
     */
    private static boolean[] maskMarkup(String raw) {
        int n = raw.length();
        boolean[] masked = new boolean[n];
        ForwardFinder nextGreater = new ForwardFinder(raw, '>');
        ForwardFinder nextParen = new ForwardFinder(raw, ')');
        ForwardFinder nextNewline = new ForwardFinder(raw, '\n');
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            int close = -1;
            int from = i;
            if (c == '<' && i + 1 < n && isTagStart(raw.charAt(i + 1))) {
                close = nextGreater.next(i + 1);
            } else if (c == ']' && i + 1 < n && raw.charAt(i + 1) == '(') {
                close = nextParen.next(i + 2);
                int newline = nextNewline.next(i + 2);
                if (newline >= 0 && newline < close) {
                    close = -1;
                }
                from = i + 1;
            }
            if (close > 0 && close - i <= MAX_MARKUP_LENGTH) {
                for (int k = from; k <= close; k++) {
                    masked[k] = true;
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return masked;
    }

    /** Longest stretch read as one piece of markup. */
    private static final int MAX_MARKUP_LENGTH = 2000;

    /**
     * Finds the next occurrence of a character for non-decreasing start positions, scanning
     * every character at most once in all: keeps markup masking linear on any input.
     */
    private static final class ForwardFinder {
        private final String text;
        private final char wanted;
        private int found = -1;
        private int scannedTo = 0;

        ForwardFinder(String text, char wanted) {
            this.text = text;
            this.wanted = wanted;
        }

        int next(int from) {
            if (found >= from) {
                return found;
            }
            int k = Math.max(from, scannedTo);
            while (k < text.length() && text.charAt(k) != wanted) {
                k++;
            }
            scannedTo = k;
            found = k < text.length() ? k : -1;
            if (found < 0) {
                scannedTo = text.length();
            }
            return found;
        }
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!';
    }
}
