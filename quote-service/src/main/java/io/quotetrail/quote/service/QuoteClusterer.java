package io.quotetrail.quote.service;

import io.quotetrail.quote.clustering.QuoteMatcher;
import io.quotetrail.quote.clustering.Wording;
import io.quotetrail.quote.engine.ExtractedQuote;
import io.quotetrail.quote.model.Occurrence;
import io.quotetrail.quote.model.Quote;
import io.quotetrail.quote.repository.QuoteRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Places each new occurrence in a quote: one of the candidates the indexes offer (see
 * {@link QuoteRepository#candidates}), as {@link QuoteMatcher} decides, or a new one. Runs inside
 * the article's transaction.
 */
@ApplicationScoped
public class QuoteClusterer {

    private final QuoteRepository quotes;

    public QuoteClusterer(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    /** Where an occurrence went: its quote, and the fuller quote it is a fragment of. */
    public record Placement(UUID quoteId, UUID partOf) {
    }

    /** The occurrences one article has placed so far; a later full quote may claim its fragments. */
    public static final class ArticlePlacements {
        private final Map<UUID, List<Occurrence>> byQuote = new HashMap<>();
        private final Map<UUID, String> wordingByQuote = new HashMap<>();
        private Placement last;

        public void add(Occurrence occurrence, String normalized) {
            byQuote.computeIfAbsent(occurrence.quoteId, k -> new ArrayList<>()).add(occurrence);
            wordingByQuote.putIfAbsent(occurrence.quoteId, normalized);
        }

        /** Two different sentences of one article are two utterances, whatever their words. */
        boolean otherSentenceOfThisArticle(UUID quoteId, String normalized) {
            String placed = wordingByQuote.get(quoteId);
            return placed != null && !placed.equals(normalized);
        }

        void linkFragments(UUID fragmentQuote, UUID whole) {
            for (Occurrence occurrence : byQuote.getOrDefault(fragmentQuote, List.of())) {
                if (occurrence.partOf == null) {
                    occurrence.partOf = whole;
                }
            }
        }
    }

    /**
     * Reserves the article's speakers for its transaction, before any occurrence is placed: see
     * {@link QuoteRepository#lockSpeakers}.
     */
    public Uni<Void> reserveSpeakers(Collection<UUID> speakerIds) {
        return quotes.lockSpeakers(speakerIds.stream().map(QuoteClusterer::speakerKey).toList());
    }

    private static String speakerKey(UUID speakerId) {
        return speakerId == null ? "" : speakerId.toString();
    }

    public Uni<Placement> place(ExtractedQuote extracted, UUID speakerId, LocalDate publishedAt, ArticlePlacements article) {
        if (extracted.continued() && article.last != null) {
            // the next paragraph of a quotation that runs on is the same utterance
            return Uni.createFrom().item(article.last);
        }
        return placeAlone(extracted, speakerId, publishedAt, article).invoke(placement -> article.last = placement);
    }

    private Uni<Placement> placeAlone(ExtractedQuote extracted, UUID speakerId, LocalDate publishedAt,
                                      ArticlePlacements article) {
        Wording wording = Wording.of(extracted.text());
        boolean fragment = QuoteMatcher.isFragment(extracted.kind().name(), wording);
        LocalDate date = extracted.occasionDate() != null ? LocalDate.parse(extracted.occasionDate()) : publishedAt;
        String speakerKey = speakerKey(speakerId);
        QuoteMatcher.Incoming incoming = new QuoteMatcher.Incoming(speakerId, wording, fragment, extracted.medium(), date);
        return quotes.candidates(speakerKey, TextKeys.quoteTextKey(extracted.text()),
                        wording.stems().stream().sorted().toList(), date, QuoteMatcher.SAME_OCCASION_DAYS,
                        QuoteMatcher.OTHER_SPEAKER_DAYS)
                .chain(found -> {
                    List<QuoteMatcher.Candidate> candidates = found.stream().map(QuoteClusterer::candidate).toList();
                    QuoteMatcher.Decision decision = QuoteMatcher.decide(incoming, candidates);
                    UUID joins = decision.joins();
                    if (joins != null && article.otherSentenceOfThisArticle(joins, wording.normalized())) {
                        joins = null;
                    }
                    if (joins != null) {
                        Quote joined = byId(found, joins);
                        if (QuoteMatcher.replacesCanonical(incoming, Wording.of(joined.canonicalText))) {
                            setCanonicalWording(joined, extracted.text());
                        }
                        UUID partOf = decision.partOf() != null ? decision.partOf() : joined.partOf;
                        return claimFragments(joins, decision.claims(), found, article)
                                .replaceWith(new Placement(joins, partOf));
                    }
                    return create(extracted, speakerId, speakerKey, wording, fragment, date, decision.partOf())
                            .chain(created -> claimFragments(created.id, decision.claims(), found, article)
                                    .replaceWith(new Placement(created.id, created.partOf)));
                });
    }

    private Uni<Quote> create(ExtractedQuote extracted, UUID speakerId, String speakerKey, Wording wording,
                              boolean fragment, LocalDate date, UUID partOf) {
        Quote quote = new Quote();
        quote.id = UUID.randomUUID();
        quote.speakerKey = speakerKey;
        setCanonicalWording(quote, extracted.text());
        quote.speakerSourceId = speakerId;
        quote.fragment = fragment;
        quote.medium = extracted.medium() == null || extracted.medium().length() > 64 ? null : extracted.medium();
        quote.occasionDate = date;
        quote.partOf = partOf;
        quote.createdAt = Instant.now();
        // Flushed at once: the next occurrence's candidate query must see this quote.
        return quotes.persist(quote).chain(() -> quotes.flush()).replaceWith(quote);
    }

    /** A fragment seen before its full quote ("heroic" in the lead) is linked when the full quote arrives. */
    private Uni<Void> claimFragments(UUID whole, List<UUID> claims, List<Quote> found, ArticlePlacements article) {
        if (claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        for (UUID fragment : claims) {
            byId(found, fragment).partOf = whole;
            article.linkFragments(fragment, whole);
        }
        return quotes.linkFragmentOccurrences(claims, whole);
    }

    /** The canonical wording and every key the indexes find the quote by, derived from it alone. */
    static void setCanonicalWording(Quote quote, String text) {
        Wording wording = Wording.of(text);
        quote.canonicalText = text;
        quote.textKey = TextKeys.quoteTextKey(text);
        quote.normalizedText = wording.normalized();
        quote.contentStems = wording.stems().stream().sorted().toArray(String[]::new);
        quote.minhashBands = java.util.Arrays.stream(wording.bands()).boxed().toArray(Long[]::new);
    }

    private static QuoteMatcher.Candidate candidate(Quote q) {
        return new QuoteMatcher.Candidate(q.id, q.speakerSourceId, Wording.of(q.canonicalText), q.fragment, q.medium,
                q.occasionDate, q.partOf);
    }

    private static Quote byId(List<Quote> found, UUID id) {
        return found.stream().filter(q -> q.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("quote " + id + " is not among the candidates"));
    }
}
