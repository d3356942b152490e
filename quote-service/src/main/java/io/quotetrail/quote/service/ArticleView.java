package io.quotetrail.quote.service;

import io.quotetrail.quote.model.Article;
import io.quotetrail.quote.model.ChainHop;
import io.quotetrail.quote.model.Occurrence;
import java.util.List;

/** An article with its occurrences in order, each with its chain in order. */
public record ArticleView(Article article, List<OccurrenceView> occurrences) {

    public record OccurrenceView(Occurrence occurrence, List<ChainHop> chain) {
    }
}
