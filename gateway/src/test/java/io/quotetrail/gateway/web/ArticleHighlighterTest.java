package io.quotetrail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quotetrail.gateway.rest.dto.QuoteView;
import io.quotetrail.gateway.rest.dto.SourceView;
import io.quotetrail.gateway.web.ArticleHighlighter.Highlighted;
import io.quotetrail.gateway.web.ArticleHighlighter.Segment;

class ArticleHighlighterTest {

    private static final SourceView ANNA = new SourceView("s1", "Anna Berg", "PERSON");
    private static final SourceView OLEG = new SourceView("s2", "Oleg Marin", "PERSON");

    @Test
    void quotationsBecomeMarkedSegmentsAndTheRestStaysPlainText() {
        String text = "Berg said \"we will build\" and Marin said \"no\".";
        Highlighted highlighted = ArticleHighlighter.highlight(text, List.of(
                quote(text, "we will build", ANNA), quote(text, "no", OLEG)));

        assertThat(highlighted.segments()).extracting(Segment::text)
                .containsExactly("Berg said \"", "we will build", "\" and Marin said \"", "no", "\".");
        assertThat(highlighted.segments()).extracting(Segment::quote).containsExactly(-1, 0, -1, 1, -1);
        assertThat(String.join("", highlighted.segments().stream().map(Segment::text).toList())).isEqualTo(text);
    }

    @Test
    void eachSpeakerKeepsOneColourInTheOrderTheyFirstSpeakAndUnattributedQuotesHaveNone() {
        String text = "\"a\" \"b\" \"c\" \"d\"";
        Highlighted highlighted = ArticleHighlighter.highlight(text, List.of(
                quote(text, "a", OLEG), quote(text, "b", ANNA), quote(text, "c", OLEG), quote(text, "d", null)));

        assertThat(highlighted.colourOfQuote()).containsExactly(0, 1, 0, -1);
        assertThat(highlighted.legend()).extracting(ArticleHighlighter.SpeakerColour::name)
                .containsExactly("Oleg Marin", "Anna Berg");
    }

    @Test
    void aQuotationInsideAnotherIsListedButOnlyTheOuterOneIsMarked() {
        String text = "He wrote \"the bonds of militant friendship hold\" today.";
        QuoteView outer = quote(text, "the bonds of militant friendship hold", ANNA);
        QuoteView inner = quote(text, "militant friendship", ANNA);
        Highlighted highlighted = ArticleHighlighter.highlight(text, List.of(inner, outer));

        assertThat(highlighted.segments()).filteredOn(Segment::quoted).extracting(Segment::quote).containsExactly(1);
    }

    @Test
    void offsetsPastTheEndOfTheTextAreClampedNotThrown() {
        String text = "short";
        QuoteView broken = new QuoteView("x", 2, 99, "FULL", ANNA, List.of(), null, null, null, null, null, null);
        Highlighted highlighted = ArticleHighlighter.highlight(text, List.of(broken));

        assertThat(highlighted.segments()).extracting(Segment::text).containsExactly("sh", "ort");
    }

    private static QuoteView quote(String text, String words, SourceView speaker) {
        int start = text.indexOf(words);
        return new QuoteView(words, start, start + words.length(), "FULL", speaker, List.of(), null, null, null, null,
                null, null);
    }
}
