package io.quotetrail.quote.service;

/**
 * When a growing store is due for fresh planner statistics: each time the rows stored since the last analysis
 * reach the rows there were then (the store has doubled), and at least {@code firstAfter} rows.
 * <p>
 * Why: the services cache each statement's plan per connection. A plan made while the tables held a few dozen
 * rows reads them sequentially, and PostgreSQL keeps it until the tables are next analysed, which autovacuum
 * does only after its nap (a minute or more): on a fresh store the clustering query ran 20 times slower than
 * its indexed plan for the first two minutes. Analysing at each doubling re-plans while the store is young and
 * costs a logarithmic number of analyses as it grows.
 */
final class StatisticsSchedule {

    private final long firstAfter;
    private long rowsAtLastAnalysis;
    private long storedSince;

    /**
     * @param rowsAtStart the rows already stored (PostgreSQL's estimate)
     * @param firstAfter  the fewest new rows worth an analysis
     */
    StatisticsSchedule(long rowsAtStart, long firstAfter) {
        if (firstAfter < 1) {
            throw new IllegalArgumentException("firstAfter must be at least 1, was " + firstAfter);
        }
        this.firstAfter = firstAfter;
        this.rowsAtLastAnalysis = Math.max(0, rowsAtStart);
    }

    /** Counts newly stored rows; true when an analysis is due now, which then counts as done. */
    synchronized boolean stored(long rows) {
        storedSince += Math.max(0, rows);
        if (storedSince < Math.max(firstAfter, rowsAtLastAnalysis)) {
            return false;
        }
        rowsAtLastAnalysis += storedSince;
        storedSince = 0;
        return true;
    }
}
