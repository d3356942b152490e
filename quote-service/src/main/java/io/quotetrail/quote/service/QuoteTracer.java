package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quotetrail.quote.clustering.Wording;
import io.quotetrail.quote.model.Quote;
import io.quotetrail.quote.provenance.WordDiff;
import io.quotetrail.quote.repository.QuoteRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** From a pasted text to the quotes it may be: the MinHash bands offer, the words decide. */
@ApplicationScoped
public class QuoteTracer {

    public static final int MAX_TEXT_LENGTH = 10_000;
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;
    /** Candidates read from the index for every match returned. */
    static final int CANDIDATES_PER_MATCH = 10;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(QuoteTracer.class);
    private static final long SLOW_TRACE_NANOS = 50_000_000;
    /** Below this, a candidate shares too little with the text to be offered. */
    static final double MIN_SIMILARITY = 0.3;

    private final QuoteRepository quotes;
    private final QuoteReader reader;

    public QuoteTracer(QuoteRepository quotes, QuoteReader reader) {
        this.quotes = quotes;
        this.reader = reader;
    }

    /** A quote the text may be, how close, and how the text differs from its canonical wording. */
    public record Match(double similarity, QuoteReader.QuoteView quote, List<WordDiff.Part> diff) {
    }

    @WithSession
    public Uni<List<Match>> trace(String text, int limit) {
        if (text == null || text.isBlank()) {
            return Uni.createFrom().failure(new InvalidArgumentException("text", "is required"));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Uni.createFrom().failure(new InvalidArgumentException("text",
                    "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            return Uni.createFrom().failure(new InvalidArgumentException("limit", "must be between 1 and " + MAX_LIMIT));
        }
        int wanted = limit == 0 ? DEFAULT_LIMIT : limit;
        Wording wording = Wording.of(text);
        long started = System.nanoTime();
        long[] candidatesRead = {0, 0};
        return quotes.sharingBands(wording.bands(), wanted * CANDIDATES_PER_MATCH).chain(candidates -> {
            candidatesRead[0] = System.nanoTime();
            candidatesRead[1] = candidates.size();
            // A fragment stands for the fuller quote it comes from, when there is one.
            Map<UUID, Double> scores = new LinkedHashMap<>();
            for (Quote candidate : candidates) {
                double score = similarity(wording, Wording.of(candidate.canonicalText));
                UUID id = candidate.fragment && candidate.partOf != null ? candidate.partOf : candidate.id;
                if (score >= MIN_SIMILARITY) {
                    scores.merge(id, score, Math::max);
                }
            }
            List<Map.Entry<UUID, Double>> best = scores.entrySet().stream()
                    .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed()).limit(wanted).toList();
            return reader.getAll(best.stream().map(Map.Entry::getKey).toList()).map(views -> {
                List<Match> matches = new ArrayList<>();
                for (Map.Entry<UUID, Double> entry : best) {
                    QuoteReader.QuoteView view = views.get(entry.getKey());
                    if (view != null) {
                        matches.add(new Match(entry.getValue(), view, WordDiff.between(view.quote().canonicalText, text)));
                    }
                }
                logIfSlow(started, candidatesRead, matches);
                return matches;
            });
        });
    }

    /** Where a slow trace spent its time, for whoever looks into one. */
    private static void logIfSlow(long started, long[] candidatesRead, List<Match> matches) {
        long now = System.nanoTime();
        if (now - started < SLOW_TRACE_NANOS || !LOG.isInfoEnabled()) {
            return;
        }
        int occurrences = matches.stream().mapToInt(match -> match.quote().appearances().size()
                + match.quote().fragmentAppearances().size()).sum();
        LOG.infof("slow trace: %d ms (bands %d ms for %d candidates, quotes %d ms for %d matches with %d occurrences)",
                (now - started) / 1_000_000, (candidatesRead[0] - started) / 1_000_000, candidatesRead[1],
                (now - candidatesRead[0]) / 1_000_000, matches.size(), occurrences);
    }

    /** Shared content words, weighing a truncation (the text inside the quote) nearly as a full match. */
    static double similarity(Wording text, Wording quote) {
        return Math.max(text.jaccard(quote), 0.9 * text.containment(quote) * Math.min(1.0,
                (double) text.stems().size() / Math.max(1, Math.min(quote.stems().size(), 8))));
    }
}
