package io.quotetrail.gateway.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quotetrail.gateway.rest.dto.QuoteView;
import io.quotetrail.gateway.rest.dto.SourceView;

/**
 * Cuts an article's text into plain and quoted segments, so that a page can mark each quotation in place, and
 * gives each speaker a colour of a small palette in the order the speakers first appear. Plain Java: the page
 * template only prints what this returns, escaped.
 */
public final class ArticleHighlighter {

    /** Colours the stylesheet defines (speaker-0 … speaker-7); later speakers share them, the legend tells them apart. */
    public static final int PALETTE_SIZE = 8;

    private ArticleHighlighter() {
    }

    /** A run of text; {@code quote} is the index of the quotation it belongs to in the article's list, or -1. */
    public record Segment(String text, int quote, int colour) {
        public boolean quoted() {
            return quote >= 0;
        }
    }

    /** A speaker of the article with the colour its quotations are marked in; {@code colour} -1 for unattributed. */
    public record SpeakerColour(String name, int colour) {
    }

    public record Highlighted(List<Segment> segments, List<SpeakerColour> legend, List<Integer> colourOfQuote) {
    }

    public static Highlighted highlight(String text, List<QuoteView> quotes) {
        Map<String, SpeakerColour> bySpeaker = new LinkedHashMap<>();
        List<Integer> colourOfQuote = new ArrayList<>(quotes.size());
        for (QuoteView quote : quotes) {
            colourOfQuote.add(colourOf(quote.speaker(), bySpeaker));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            order.add(i);
        }
        // Outer quotations first where two start together; a quotation inside one already marked stays unmarked
        // in the text (it is still listed with the others).
        order.sort(Comparator.<Integer>comparingInt(i -> quotes.get(i).start())
                .thenComparing(i -> -quotes.get(i).end()));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (int index : order) {
            QuoteView quote = quotes.get(index);
            int start = Math.max(quote.start(), 0);
            int end = Math.min(quote.end(), text.length());
            if (start < position || end <= start) {
                continue;
            }
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), -1, -1));
            }
            segments.add(new Segment(text.substring(start, end), index, colourOfQuote.get(index)));
            position = end;
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), -1, -1));
        }
        return new Highlighted(segments, List.copyOf(bySpeaker.values()), colourOfQuote);
    }

    private static int colourOf(SourceView speaker, Map<String, SpeakerColour> bySpeaker) {
        if (speaker == null) {
            return -1;
        }
        String key = speaker.id() != null ? speaker.id() : speaker.name();
        SpeakerColour known = bySpeaker.get(key);
        if (known == null) {
            known = new SpeakerColour(speaker.name(), bySpeaker.size() % PALETTE_SIZE);
            bySpeaker.put(key, known);
        }
        return known.colour();
    }
}
