package io.quotetrail.quote.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /**
     * Stored canonical wordings as the matcher reads them: the same quotes come back as candidates
     * article after article, and reading a wording is most of the matcher's work.
     */
    private final Cache<String, Wording> wordings = Caffeine.newBuilder().maximumSize(20_000).build();

    public QuoteClusterer(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    private Wording wordingOf(String canonicalText) {
        return wordings.get(canonicalText, Wording::of);
    }

    /** Where an occurrence went: its quote, the fuller quote it is a fragment of, and the wording it was placed by. */
    public record Placement(UUID quoteId, UUID partOf, Wording wording) {
    }

    /**
     * The occurrences one article has placed so far (a later full quote may claim their fragments)
     * and the quotes it started, which are written with the rest of the article when it is stored.
     */
    public static final class ArticlePlacements {
        private final Map<UUID, List<Occurrence>> byQuote = new HashMap<>();
        private final Map<UUID, Wording> wordingByQuote = new HashMap<>();
        private final Map<UUID, Quote> created = new java.util.LinkedHashMap<>();
        /** Stored quotes this article changed (a fuller canonical wording), as the session holds them. */
        private final Map<UUID, Quote> changed = new HashMap<>();
        private final Map<UUID, UUID> claimedFragments = new java.util.LinkedHashMap<>();
        /**
         * Stored quotes this article placed an occurrence in. Each later quotation is offered them:
         * its own look-up finds quotes by their canonical words, and it may hold only the words this
         * article gave the quote (a fragment of its translation).
         */
        private final Map<UUID, QuoteRepository.StoredQuote> joined = new java.util.LinkedHashMap<>();
        private final Map<Integer, LookedUp> lookedUp = new HashMap<>();
        private Placement last;

        /** Records an occurrence stored where {@link #place} put it. */
        public void add(Occurrence occurrence, Placement placement) {
            byQuote.computeIfAbsent(occurrence.quoteId, k -> new ArrayList<>()).add(occurrence);
            wordingByQuote.putIfAbsent(occurrence.quoteId, placement.wording());
        }

        /**
         * Two different sentences of one article are two utterances, whatever their words, unless they
         * are different pieces of the quote (see {@link QuoteMatcher#piecesOfOneQuote}).
         */
        boolean otherSentenceOfThisArticle(QuoteMatcher.Candidate quote, Wording incoming) {
            Wording placed = wordingByQuote.get(quote.id());
            return placed != null && !placed.normalized().equals(incoming.normalized())
                    && !QuoteMatcher.piecesOfOneQuote(placed, incoming, quote.wording());
        }

        /**
         * The candidates as this article left them: the stored rows with the article's changes
         * (which are written at the end), and the quotes it started, which no index holds yet.
         */
        Map<UUID, QuoteMatcher.Candidate> asPlacedSoFar(List<QuoteRepository.StoredQuote> stored,
                                                        java.util.function.Function<String, Wording> wordings) {
            Map<UUID, QuoteMatcher.Candidate> candidates = new java.util.LinkedHashMap<>();
            List<QuoteRepository.StoredQuote> rows = new ArrayList<>(stored);
            rows.addAll(joined.values());
            for (QuoteRepository.StoredQuote row : rows) {
                Quote entity = changed.get(row.id());
                candidates.putIfAbsent(row.id(), new QuoteMatcher.Candidate(row.id(), row.speakerSourceId(),
                        wordings.apply(entity != null ? entity.canonicalText : row.canonicalText()), row.fragment(),
                        row.medium(), row.occasionDate(), claimedFragments.getOrDefault(row.id(), row.partOf()),
                        wordingByQuote.get(row.id())));
            }
            created.values().forEach(quote -> candidates.put(quote.id, new QuoteMatcher.Candidate(quote.id,
                    quote.speakerSourceId, wordings.apply(quote.canonicalText), quote.fragment, quote.medium,
                    quote.occasionDate, quote.partOf, wordingByQuote.get(quote.id))));
            return candidates;
        }

        /** The session's entity for a quote this article changes: its own new one, or the stored one. */
        Uni<Quote> entity(UUID id, QuoteRepository quotes) {
            Quote quote = created.get(id) != null ? created.get(id) : changed.get(id);
            return quote != null ? Uni.createFrom().item(quote)
                    : quotes.findById(id).invoke(loaded -> changed.put(id, loaded));
        }

        /** Fragments without a whole that the whole quote holds become part of it. */
        void claim(UUID whole, List<UUID> fragments) {
            for (UUID fragment : fragments) {
                Quote own = created.get(fragment);
                if (own != null) {
                    own.partOf = whole;
                } else {
                    claimedFragments.put(fragment, whole); // stored: written by linkStoredFragments
                }
                linkFragments(fragment, whole);
            }
        }

        /**
         * The quotes this article started, each after the quote it is part of when that one is
         * new too: a fragment may be claimed by a whole that came later in the article.
         */
        public List<Quote> createdInInsertOrder() {
            List<Quote> ordered = new ArrayList<>(created.size());
            java.util.Set<UUID> placed = new java.util.HashSet<>();
            java.util.Set<UUID> createdIds = created.keySet();
            boolean progress = true;
            while (progress && ordered.size() < created.size()) {
                progress = false;
                for (Quote quote : created.values()) {
                    if (!placed.contains(quote.id)
                            && (quote.partOf == null || !createdIds.contains(quote.partOf) || placed.contains(quote.partOf))) {
                        ordered.add(quote);
                        placed.add(quote.id);
                        progress = true;
                    }
                }
            }
            if (ordered.size() < created.size()) {
                throw new IllegalStateException("new quotes of one article are part of each other");
            }
            return ordered;
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

    static String speakerKey(UUID speakerId) {
        return speakerId == null ? "" : speakerId.toString();
    }

    /**
     * A quotation to place.
     *
     * @param utterance the words to place the occurrence by: its own, or with the piece of the same
     *                  sentence that follows a speech tag (see {@link io.quotetrail.quote.engine.SplitQuotations})
     * @param carriesOn the occurrence goes on with the one placed before it: the next paragraph of a
     *                  quotation that runs on, or the second piece of a split one
     */
    public record Quotation(int ordinal, ExtractedQuote extracted, String utterance, boolean carriesOn, UUID speakerId) {
    }

    /** A quotation as the matcher reads it, with the stored quotes the indexes offered for it. */
    private record LookedUp(QuoteMatcher.Incoming incoming, String speakerKey, List<QuoteRepository.StoredQuote> stored) {
    }

    /**
     * Looks up the candidates of every quotation of the article that will not simply carry on the
     * one before it, in one query. The quotes the article itself starts or changes are not among
     * them: {@link ArticlePlacements#asPlacedSoFar} adds them as each quotation is placed.
     *
     * @param inPlacementOrder the quotations in the order {@link #place} will be called
     */
    public Uni<Void> lookUpCandidates(List<Quotation> inPlacementOrder, LocalDate publishedAt, ArticlePlacements article) {
        List<Quotation> looked = new ArrayList<>();
        List<QuoteMatcher.Incoming> incoming = new ArrayList<>();
        List<QuoteRepository.CandidateLookup> lookups = new ArrayList<>();
        for (int position = 0; position < inPlacementOrder.size(); position++) {
            Quotation quotation = inPlacementOrder.get(position);
            if (position > 0 && quotation.carriesOn()) {
                continue;
            }
            Wording wording = Wording.of(quotation.utterance());
            ExtractedQuote extracted = quotation.extracted();
            boolean fragment = QuoteMatcher.isFragment(extracted.kind().name(), wording);
            LocalDate date = extracted.occasionDate() != null ? LocalDate.parse(extracted.occasionDate()) : publishedAt;
            LocalDate day = date == null ? LocalDate.now() : date;
            looked.add(quotation);
            incoming.add(new QuoteMatcher.Incoming(quotation.speakerId(), wording, fragment, extracted.medium(), date));
            lookups.add(lookupFor(quotation.speakerId(), quotation.utterance(), wording, day));
        }
        return quotes.candidates(lookups, QuoteMatcher.SAME_OCCASION_DAYS).invoke(found -> {
            for (int i = 0; i < looked.size(); i++) {
                article.lookedUp.put(looked.get(i).ordinal(),
                        new LookedUp(incoming.get(i), lookups.get(i).speakerKey(), found.get(i)));
            }
        }).replaceWithVoid();
    }

    /** What a wording's candidates are looked up by (see {@link QuoteRepository#candidates}). */
    static QuoteRepository.CandidateLookup lookupFor(UUID speakerId, String utterance, Wording wording, LocalDate day) {
        List<String> stems = wording.stems().stream().sorted().toList();
        List<List<String>> wordsByDay = new ArrayList<>();
        if (stems.size() >= 2) { // one word credited to two speakers is no evidence of one utterance
            for (int offset = -QuoteMatcher.OTHER_SPEAKER_DAYS; offset <= QuoteMatcher.OTHER_SPEAKER_DAYS; offset++) {
                LocalDate near = day.plusDays(offset);
                wordsByDay.add(stems.stream().map(stem -> TextKeys.datedKey(near, stem)).toList());
            }
        }
        return new QuoteRepository.CandidateLookup(speakerKey(speakerId), TextKeys.quoteTextKey(utterance), stems, day,
                wordsByDay);
    }

    /** Places a quotation whose candidates {@link #lookUpCandidates} looked up. */
    public Uni<Placement> place(Quotation quotation, ArticlePlacements article) {
        if (quotation.carriesOn() && article.last != null) {
            return Uni.createFrom().item(article.last);
        }
        LookedUp lookedUp = article.lookedUp.get(quotation.ordinal());
        if (lookedUp == null) {
            throw new IllegalStateException("quotation " + quotation.ordinal() + " was placed before its candidates were looked up");
        }
        return placeAlone(quotation, lookedUp, article).invoke(placement -> article.last = placement);
    }

    private Uni<Placement> placeAlone(Quotation quotation, LookedUp lookedUp, ArticlePlacements article) {
        QuoteMatcher.Incoming incoming = lookedUp.incoming();
        Wording wording = incoming.wording();
        Map<UUID, QuoteMatcher.Candidate> found = article.asPlacedSoFar(lookedUp.stored(), this::wordingOf);
        QuoteMatcher.Decision decision = QuoteMatcher.decide(incoming, List.copyOf(found.values()));
        UUID joins = decision.joins();
        if (joins != null && article.otherSentenceOfThisArticle(found.get(joins), wording)) {
            joins = null;
        }
        if (joins == null) {
            Quote created = create(quotation.extracted(), quotation.utterance(), quotation.speakerId(),
                    lookedUp.speakerKey(), incoming.fragment(), incoming.date(), decision.partOf());
            article.created.put(created.id, created);
            article.claim(created.id, decision.claims());
            return Uni.createFrom().item(new Placement(created.id, created.partOf, wording));
        }
        QuoteMatcher.Candidate joined = found.get(joins);
        // a quote this article started is offered anyway; only a stored row is kept
        lookedUp.stored().stream().filter(row -> row.id().equals(joined.id())).findFirst()
                .ifPresent(row -> article.joined.putIfAbsent(row.id(), row));
        UUID whole = joins;
        Placement placement = new Placement(joins, decision.partOf() != null ? decision.partOf() : joined.partOf(),
                wording);
        article.claim(whole, decision.claims());
        if (!QuoteMatcher.replacesCanonical(incoming, joined.wording())) {
            return Uni.createFrom().item(placement);
        }
        // A fuller wording becomes the canonical one: the only change a stored quote's row takes here.
        return article.entity(whole, quotes)
                .invoke(quote -> setCanonicalWording(quote, quotation.utterance()))
                .replaceWith(placement);
    }

    /** A new quote, to be written with its article (see {@link #persistCreated}). */
    private static Quote create(ExtractedQuote extracted, String utterance, UUID speakerId, String speakerKey,
                                boolean fragment, LocalDate date, UUID partOf) {
        Quote quote = new Quote();
        quote.id = UUID.randomUUID();
        quote.speakerKey = speakerKey;
        quote.occasionDate = date; // before the wording: its dated keys need the day
        setCanonicalWording(quote, utterance);
        quote.speakerSourceId = speakerId;
        quote.fragment = fragment;
        quote.medium = extracted.medium() == null || extracted.medium().length() > 64 ? null : extracted.medium();
        quote.partOf = partOf;
        quote.createdAt = Instant.now();
        return quote;
    }

    /** Hands the article's new quotes to the session, in an order their foreign keys accept. */
    public Uni<Void> persistCreated(ArticlePlacements article) {
        List<Quote> created = article.createdInInsertOrder();
        return created.isEmpty() ? Uni.createFrom().voidItem() : quotes.persist(created);
    }

    /**
     * Points the stored fragments this article's quotes claimed, and their occurrences, at their
     * whole quote. Runs once the article's rows are written: the whole may be one of its new quotes.
     */
    public Uni<Void> linkStoredFragments(ArticlePlacements article) {
        Map<UUID, List<UUID>> fragmentsByWhole = new java.util.LinkedHashMap<>();
        article.claimedFragments.forEach((fragment, whole) ->
                fragmentsByWhole.computeIfAbsent(whole, k -> new ArrayList<>()).add(fragment));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<UUID, List<UUID>> entry : fragmentsByWhole.entrySet()) {
            chain = chain.chain(() -> quotes.linkFragments(entry.getValue(), entry.getKey()));
        }
        return chain;
    }

    /** The canonical wording and every key the indexes find the quote by, derived from it and the occasion's day. */
    static void setCanonicalWording(Quote quote, String text) {
        Wording wording = Wording.of(text);
        quote.canonicalText = text;
        quote.textKey = TextKeys.quoteTextKey(text);
        quote.normalizedText = wording.normalized();
        quote.contentStems = wording.stems().stream().sorted().toArray(String[]::new);
        quote.minhashBands = java.util.Arrays.stream(wording.bands()).boxed().toArray(Long[]::new);
        LocalDate day = quote.occasionDate;
        quote.datedStems = day == null ? new String[0]
                : java.util.Arrays.stream(quote.contentStems).map(stem -> TextKeys.datedKey(day, stem)).toArray(String[]::new);
        quote.datedAnchor = day == null || quote.contentStems.length < 2 ? null
                : TextKeys.datedKey(day, TextKeys.anchor(wording.stems()));
    }

}
