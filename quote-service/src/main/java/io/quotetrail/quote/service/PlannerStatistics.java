package io.quotetrail.quote.service;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Analyses the quote database each time this service has doubled its occurrences ({@link StatisticsSchedule}),
 * so that cached plans are re-made for the store's size instead of the empty store's. Runs beside ingest, never
 * in its way: an analysis already under way makes the next due one wait for the next doubling rather than queue.
 */
@ApplicationScoped
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);

    private final Pool pool;
    private final long firstAfter;
    private final AtomicBoolean analysing = new AtomicBoolean();
    private volatile StatisticsSchedule schedule;

    public PlannerStatistics(Pool pool,
                             @ConfigProperty(name = "quotetrail.statistics.first-analysis-after", defaultValue = "200")
                             long firstAfter) {
        this.pool = pool;
        this.firstAfter = firstAfter;
    }

    void onStart(@Observes StartupEvent event) {
        long estimate = pool.query("select coalesce((select greatest(reltuples, 0)::bigint from pg_class"
                        + " where oid = to_regclass('occurrence')), 0)")
                .execute().map(rows -> rows.iterator().next().getLong(0))
                .await().indefinitely();
        schedule = new StatisticsSchedule(estimate, firstAfter);
    }

    /** Counts an ingested article's occurrences; starts an analysis in the background when one is due. */
    public void occurrencesStored(int count) {
        StatisticsSchedule current = schedule;
        if (current == null || !current.stored(count) || !analysing.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        pool.query("analyze").execute()
                .onTermination().invoke(() -> analysing.set(false))
                .subscribe().with(
                        done -> LOG.debugf("analysed the quote database in %d ms", (System.nanoTime() - started) / 1_000_000),
                        failure -> LOG.warnf("could not analyse the quote database: %s", failure.getMessage()));
    }
}
