package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.quotetrail.quote.model.Quote;
import io.quotetrail.quote.repository.QuoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Gives quotes stored before the index keys existed (content words, MinHash bands, dated words) their keys, at
 * startup and before any request, in batches; on a store that has them all it is one empty query.
 */
@ApplicationScoped
public class QuoteIndexBackfill {

    private static final Logger LOG = Logger.getLogger(QuoteIndexBackfill.class);
    static final int BATCH = 500;

    private final QuoteRepository quotes;

    public QuoteIndexBackfill(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        long total = 0;
        int filled;
        do {
            filled = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> quotes.withoutIndexKeys(BATCH)
                    .invoke(batch -> batch.forEach(quote -> QuoteClusterer.setCanonicalWording(quote, quote.canonicalText)))
                    .map(List::size)));
            total += filled;
        } while (filled == BATCH);
        if (total > 0) {
            LOG.infof("gave %d stored quotes their index keys", total);
        }
    }
}
