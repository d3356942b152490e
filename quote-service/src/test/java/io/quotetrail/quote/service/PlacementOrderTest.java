package io.quotetrail.quote.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotetrail.quote.engine.ExtractedQuote;
import io.quotetrail.quote.engine.QuoteKind;
import io.quotetrail.quote.engine.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whole quotations are placed before fragments; a quotation that carries on another stays behind it. */
class PlacementOrderTest {

    private static final ResolvedSource MAYOR = new ResolvedSource(UUID.randomUUID(), "Ilse Marvik", "PERSON");

    private static ExtractedQuote quote(String text, QuoteKind kind, boolean continued) {
        return new ExtractedQuote(0, text.length(), text, kind, "said", new SpeakerMention("Marvik", "Ilse Marvik"),
                null, null, List.of(), continued);
    }

    private static List<Integer> order(List<ExtractedQuote> quotes, boolean... resumesPrevious) {
        int[] speakers = new int[quotes.size()]; // every quotation names mention 0, the mayor
        List<int[]> intermediaries = new ArrayList<>();
        quotes.forEach(q -> intermediaries.add(new int[0]));
        PreparedArticle prepared = new PreparedArticle(quotes, List.of(), speakers, intermediaries, -1, null, null,
                resumesPrevious.length == 0 ? new boolean[quotes.size()] : resumesPrevious);
        return ArticleWriter.placementOrder(prepared, List.of(MAYOR)).stream()
                .map(QuoteClusterer.Quotation::ordinal).toList();
    }

    @Test
    void aPhraseInTheLeadIsPlacedAfterTheFullQuoteBelowIt() {
        List<ExtractedQuote> quotes = List.of(
                quote("reckless", QuoteKind.FRAGMENT, false),
                quote("The decision to close the harbour is reckless, and we will fight it in every court.",
                        QuoteKind.FULL, false),
                quote("Nobody asked the fishermen what they thought of it before the vote.", QuoteKind.FULL, true),
                quote("fight it", QuoteKind.FRAGMENT, false));

        assertThat(order(quotes)).containsExactly(1, 2, 0, 3);
    }

    @Test
    void theSecondPieceOfASplitSentenceFollowsTheFirstEvenWhenShort() {
        List<ExtractedQuote> quotes = List.of(
                quote("The decision to close the harbour,", QuoteKind.FULL, false),
                quote("is reckless.", QuoteKind.FULL, false),
                quote("a gift", QuoteKind.FRAGMENT, false));

        assertThat(order(quotes, false, true, false)).containsExactly(0, 1, 2);
    }
}
