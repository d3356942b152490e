package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quotetrail.quote.clustering.QuoteMatcher;
import io.quotetrail.quote.clustering.Wording;
import io.quotetrail.quote.engine.ExtractedQuote;
import io.quotetrail.quote.engine.SplitQuotations;
import io.quotetrail.quote.model.Article;
import io.quotetrail.quote.model.ChainHop;
import io.quotetrail.quote.model.Occurrence;
import io.quotetrail.quote.model.SourceMerge;
import io.quotetrail.quote.repository.ArticleRepository;
import io.quotetrail.quote.repository.ChainHopRepository;
import io.quotetrail.quote.repository.OccurrenceRepository;
import io.quotetrail.quote.repository.SourceMergeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.FlushMode;

/** Stores an extracted, resolved article: article, quotes, occurrences and chains in one transaction. */
@ApplicationScoped
public class ArticleWriter {

    private final ArticleRepository articles;
    private final OccurrenceRepository occurrences;
    private final ChainHopRepository hops;
    private final QuoteClusterer clusterer;
    private final SourceMergeRepository merges;

    public ArticleWriter(ArticleRepository articles, OccurrenceRepository occurrences, ChainHopRepository hops,
                         QuoteClusterer clusterer, SourceMergeRepository merges) {
        this.articles = articles;
        this.occurrences = occurrences;
        this.hops = hops;
        this.clusterer = clusterer;
        this.merges = merges;
    }

    /** A hop before it is stored. */
    record PlannedHop(ResolvedSource source, String evidence) {
    }

    /**
     * Writes everything or nothing. Fails with a unique-constraint violation when a concurrent
     * ingest stored the same article first; the caller then reads that one.
     * <p>
     * Nothing is written until every occurrence is placed; then the article, its new quotes, its
     * occurrences and its hops go in that order, so that the session sends each kind as one batch
     * (see {@code statement-batch-size}). The session is told not to flush before queries, since
     * the clustering queries need none of the article's own rows: it keeps those in memory.
     *
     * The names were resolved before the transaction: a source merged since is written as its
     * survivor (see {@link SourceMergeRepository#reserve}).
     *
     * @return the stored article as it reads back
     */
    @WithTransaction
    public Uni<ArticleView> store(IngestCommand command, PreparedArticle prepared, List<ResolvedSource> resolved) {
        List<UUID> sourceIds = resolved.stream().filter(Objects::nonNull).map(ResolvedSource::id).distinct().toList();
        return merges.reserve(sourceIds).chain(merged -> write(command, prepared, survivors(resolved, merged)));
    }

    /** The resolutions with each merged source replaced by its survivor. */
    static List<ResolvedSource> survivors(List<ResolvedSource> resolved, Map<UUID, SourceMerge> merged) {
        if (merged.isEmpty()) {
            return resolved;
        }
        List<ResolvedSource> current = new ArrayList<>(resolved.size());
        for (ResolvedSource source : resolved) {
            SourceMerge merge = source == null ? null : merged.get(source.id());
            current.add(merge == null ? source : new ResolvedSource(merge.intoId, merge.intoName, merge.intoKind));
        }
        return current;
    }

    private Uni<ArticleView> write(IngestCommand command, PreparedArticle prepared, List<ResolvedSource> resolved) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.externalId = command.externalId();
        article.title = command.title();
        article.text = command.text();
        article.textSha256 = command.textSha256();
        article.outletKey = command.outletKey();
        article.url = prepared.url();
        article.publishedAt = command.publishedAt();
        article.language = command.language();
        article.textLength = command.text().length();
        article.ingestedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        ResolvedSource outlet = prepared.outletMention() >= 0 ? resolved.get(prepared.outletMention()) : null;
        if (outlet != null) {
            article.outletSourceId = outlet.id();
            article.outletName = outlet.name();
            article.outletKind = outlet.kind();
        }

        java.util.Set<UUID> speakers = new java.util.HashSet<>();
        for (int q = 0; q < prepared.quotes().size(); q++) {
            ResolvedSource speaker = speakerOf(q, prepared, resolved);
            speakers.add(speaker == null ? null : speaker.id());
        }
        Uni<Void> chain = Panache.getSession().invoke(session -> session.setFlushMode(FlushMode.COMMIT))
                .chain(() -> clusterer.reserveSpeakers(speakers));
        QuoteClusterer.ArticlePlacements placements = new QuoteClusterer.ArticlePlacements();
        ArticleView.OccurrenceView[] placed = new ArticleView.OccurrenceView[prepared.quotes().size()];
        List<QuoteClusterer.Quotation> inPlacementOrder = placementOrder(prepared, resolved);
        chain = chain.chain(() -> clusterer.lookUpCandidates(inPlacementOrder, article.publishedAt, placements));
        for (QuoteClusterer.Quotation quotation : inPlacementOrder) {
            chain = chain.chain(() -> placeOccurrence(article, quotation, prepared, resolved, outlet, placements)
                    .invoke(view -> placed[quotation.ordinal()] = view).replaceWithVoid());
        }
        List<ArticleView.OccurrenceView> views = java.util.Arrays.asList(placed);
        return chain
                .chain(() -> articles.persist(article))
                .chain(() -> clusterer.persistCreated(placements))
                .chain(() -> views.isEmpty() ? Uni.createFrom().voidItem()
                        : occurrences.persist(views.stream().map(ArticleView.OccurrenceView::occurrence)))
                .chain(() -> {
                    List<ChainHop> rows = views.stream().flatMap(view -> view.chain().stream()).toList();
                    // Panache rejects persisting an empty batch.
                    return rows.isEmpty() ? Uni.createFrom().voidItem() : hops.persist(rows);
                })
                .chain(() -> articles.flush())
                .chain(() -> clusterer.linkStoredFragments(placements))
                .replaceWith(() -> new ArticleView(article, List.copyOf(views)));
    }

    /**
     * The article's quotations in the order they are placed: whole quotations first, then
     * fragments, so that a phrase quoted in the lead finds the full quote further down the same
     * article before a look-alike stored from another occasion. A quotation that carries on the
     * previous one stays right behind it.
     */
    static List<QuoteClusterer.Quotation> placementOrder(PreparedArticle prepared, List<ResolvedSource> resolved) {
        List<QuoteClusterer.Quotation> wholes = new ArrayList<>();
        List<QuoteClusterer.Quotation> fragments = new ArrayList<>();
        List<QuoteClusterer.Quotation> group = null;
        for (int ordinal = 0; ordinal < prepared.quotes().size(); ordinal++) {
            ExtractedQuote quote = prepared.quotes().get(ordinal);
            String utterance = splitFromPrevious(ordinal + 1, prepared, resolved)
                    ? SplitQuotations.join(quote.text(), prepared.quotes().get(ordinal + 1).text()) : quote.text();
            boolean carriesOn = quote.continued() || splitFromPrevious(ordinal, prepared, resolved);
            ResolvedSource speaker = speakerOf(ordinal, prepared, resolved);
            QuoteClusterer.Quotation planned = new QuoteClusterer.Quotation(ordinal, quote, utterance, carriesOn,
                    speaker == null ? null : speaker.id());
            if (group == null || !carriesOn) {
                group = QuoteMatcher.isFragment(quote.kind().name(), Wording.of(utterance)) ? fragments : wholes;
            }
            group.add(planned);
        }
        wholes.addAll(fragments);
        return wholes;
    }

    private Uni<ArticleView.OccurrenceView> placeOccurrence(Article article, QuoteClusterer.Quotation quotation,
                                      PreparedArticle prepared, List<ResolvedSource> resolved, ResolvedSource outlet,
                                      QuoteClusterer.ArticlePlacements placements) {
        int ordinal = quotation.ordinal();
        ExtractedQuote quote = prepared.quotes().get(ordinal);
        ResolvedSource speaker = speakerOf(ordinal, prepared, resolved);

        List<PlannedHop> planned = new ArrayList<>();
        if (speaker != null) {
            String cue = quote.cue() == null ? "" : " " + quote.cue();
            planned.add(new PlannedHop(speaker, quote.speaker().asWritten() + cue));
        }
        int[] intermediaries = prepared.intermediaryMentions().get(ordinal);
        for (int h = 0; h < intermediaries.length; h++) {
            ResolvedSource intermediary = resolved.get(intermediaries[h]);
            if (intermediary != null) { // unresolved generic mentions name no hop
                planned.add(new PlannedHop(intermediary, quote.intermediaries().get(h).evidence()));
            }
        }
        if (outlet != null) {
            planned.add(new PlannedHop(outlet, prepared.outletEvidence()));
        }
        List<PlannedHop> chain = collapseRepeats(planned);

        return clusterer.place(quotation, placements)
                .map(placement -> {
                    Occurrence occurrence = new Occurrence();
                    occurrence.id = UUID.randomUUID();
                    occurrence.articleId = article.id;
                    occurrence.ordinal = ordinal;
                    occurrence.text = quote.text();
                    occurrence.startOffset = quote.start();
                    occurrence.endOffset = quote.end();
                    occurrence.kind = quote.kind().name();
                    occurrence.cue = truncate(quote.cue(), 100);
                    occurrence.medium = truncate(quote.medium(), 64);
                    occurrence.occasionDate = quote.occasionDate() == null ? null : LocalDate.parse(quote.occasionDate());
                    occurrence.quoteId = placement.quoteId();
                    occurrence.partOf = placement.partOf();
                    placements.add(occurrence, placement);
                    if (speaker != null) {
                        occurrence.speakerAsWritten = quote.speaker().asWritten();
                        occurrence.speakerSourceId = speaker.id();
                        occurrence.speakerName = speaker.name();
                        occurrence.speakerKind = speaker.kind();
                    }
                    List<ChainHop> rows = new ArrayList<>(chain.size());
                    for (int position = 0; position < chain.size(); position++) {
                        ChainHop hop = new ChainHop();
                        hop.id = UUID.randomUUID();
                        hop.occurrenceId = occurrence.id;
                        hop.position = position;
                        hop.sourceId = chain.get(position).source().id();
                        hop.sourceName = chain.get(position).source().name();
                        hop.sourceKind = chain.get(position).source().kind();
                        hop.evidence = chain.get(position).evidence();
                        rows.add(hop);
                    }
                    return new ArticleView.OccurrenceView(occurrence, rows);
                });
    }

    /** The quotation at {@code ordinal} is the second piece of one a speech tag split, by the same speaker. */
    private static boolean splitFromPrevious(int ordinal, PreparedArticle prepared, List<ResolvedSource> resolved) {
        if (ordinal <= 0 || ordinal >= prepared.quotes().size() || !prepared.resumesPrevious()[ordinal]) {
            return false;
        }
        ResolvedSource first = speakerOf(ordinal - 1, prepared, resolved);
        ResolvedSource second = speakerOf(ordinal, prepared, resolved);
        return first != null && second != null && first.id().equals(second.id());
    }

    private static ResolvedSource speakerOf(int ordinal, PreparedArticle prepared, List<ResolvedSource> resolved) {
        int speakerIndex = prepared.speakerMention()[ordinal];
        return speakerIndex >= 0 ? resolved.get(speakerIndex) : null;
    }

    /** "AFP → AFP" is one hop: two names resolving to one source add nothing to the chain. */
    static List<PlannedHop> collapseRepeats(List<PlannedHop> hops) {
        List<PlannedHop> collapsed = new ArrayList<>(hops.size());
        for (PlannedHop hop : hops) {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).source().id().equals(hop.source().id())) {
                collapsed.add(hop);
            }
        }
        return collapsed;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
