package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quotetrail.quote.clustering.Wording;
import io.quotetrail.quote.model.Article;
import io.quotetrail.quote.model.ChainHop;
import io.quotetrail.quote.model.Occurrence;
import io.quotetrail.quote.model.Quote;
import io.quotetrail.quote.provenance.ProvenanceGraph;
import io.quotetrail.quote.provenance.WordDiff;
import io.quotetrail.quote.repository.ArticleRepository;
import io.quotetrail.quote.repository.ChainHopRepository;
import io.quotetrail.quote.repository.OccurrenceRepository;
import io.quotetrail.quote.repository.QuoteRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a quote with everything that reports it: appearances, variants, fragments, provenance. */
@ApplicationScoped
public class QuoteReader {

    private final QuoteRepository quotes;
    private final OccurrenceRepository occurrences;
    private final ChainHopRepository hops;
    private final ArticleRepository articles;

    public QuoteReader(QuoteRepository quotes, OccurrenceRepository occurrences, ChainHopRepository hops,
                       ArticleRepository articles) {
        this.quotes = quotes;
        this.occurrences = occurrences;
        this.hops = hops;
        this.articles = articles;
    }

    /** One occurrence where it appeared. */
    public record Appearance(Article article, ArticleView.OccurrenceView occurrence) {
    }

    /** A distinct wording of the quote. */
    public record Variant(String text, int occurrences, List<String> outlets, List<WordDiff.Part> diff) {
    }

    /** The quote as users read it. */
    public record QuoteView(Quote quote, Appearance firstAppearance, List<Variant> variants, List<Quote> fragments,
                            List<Appearance> appearances, List<Appearance> fragmentAppearances) {
    }

    @WithSession
    public Uni<QuoteView> get(UUID id) {
        return getAll(List.of(id)).chain(views -> views.containsKey(id) ? Uni.createFrom().item(views.get(id))
                : Uni.createFrom().failure(new QuoteNotFoundException(id.toString())));
    }

    /**
     * Several quotes at once, in five queries whatever their number (trace reads its matches this
     * way); quotes that do not exist are left out.
     */
    @WithSession
    public Uni<Map<UUID, QuoteView>> getAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return quotes.listByIds(ids).chain(found -> quotes.listFragmentsOf(ids).chain(fragments -> {
            Set<UUID> quoteIds = new LinkedHashSet<>();
            found.forEach(q -> quoteIds.add(q.id));
            fragments.forEach(f -> quoteIds.add(f.id));
            return occurrences.listByQuotes(quoteIds).chain(occurrenceList -> hops
                    .listByOccurrences(occurrenceList.stream().map(o -> o.id).toList())
                    .chain(hopList -> articles.listByIds(occurrenceList.stream().map(o -> o.articleId).distinct().toList())
                            .map(articleList -> {
                                Map<UUID, QuoteView> views = new LinkedHashMap<>();
                                for (Quote quote : found) {
                                    List<Quote> own = fragments.stream().filter(f -> quote.id.equals(f.partOf)).toList();
                                    Set<UUID> mine = new LinkedHashSet<>();
                                    mine.add(quote.id);
                                    own.forEach(f -> mine.add(f.id));
                                    views.put(quote.id, assemble(quote, own,
                                            occurrenceList.stream().filter(o -> mine.contains(o.quoteId)).toList(),
                                            hopList, articleList));
                                }
                                return views;
                            })));
        }));
    }

    /** The quote's provenance graph, merged from its occurrences' chains and its fragments'. */
    public static ProvenanceGraph graphOf(QuoteView view) {
        List<ProvenanceGraph.Chain> chains = new ArrayList<>();
        List<Appearance> all = new ArrayList<>(view.appearances());
        all.addAll(view.fragmentAppearances());
        for (Appearance appearance : all) {
            List<ProvenanceGraph.Hop> chainHops = appearance.occurrence().chain().stream()
                    .map(h -> new ProvenanceGraph.Hop(h.sourceId.toString(), h.sourceName, h.sourceKind, h.evidence))
                    .toList();
            UUID outlet = appearance.article().outletSourceId;
            chains.add(new ProvenanceGraph.Chain(appearance.article().id.toString(),
                    outlet == null ? null : outlet.toString(), chainHops,
                    Wording.of(appearance.occurrence().occurrence().text).normalized()));
        }
        return ProvenanceGraph.merge(chains);
    }

    private static QuoteView assemble(Quote quote, List<Quote> fragments, List<Occurrence> found, List<ChainHop> hopList,
                                      List<Article> articleList) {
        Map<UUID, Article> articlesById = articleList.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, List<ChainHop>> hopsByOccurrence = new LinkedHashMap<>();
        for (ChainHop hop : hopList) {
            hopsByOccurrence.computeIfAbsent(hop.occurrenceId, k -> new ArrayList<>()).add(hop);
        }
        Comparator<Appearance> oldestFirst = Comparator
                .comparing((Appearance a) -> a.article().publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.article().ingestedAt)
                .thenComparing(a -> a.occurrence().occurrence().ordinal);
        List<Appearance> own = new ArrayList<>();
        List<Appearance> ofFragments = new ArrayList<>();
        for (Occurrence occurrence : found) {
            Appearance appearance = new Appearance(articlesById.get(occurrence.articleId),
                    new ArticleView.OccurrenceView(occurrence, hopsByOccurrence.getOrDefault(occurrence.id, List.of())));
            (occurrence.quoteId.equals(quote.id) ? own : ofFragments).add(appearance);
        }
        own.sort(oldestFirst);
        ofFragments.sort(oldestFirst);
        return new QuoteView(quote, own.isEmpty() ? null : own.get(0), variants(quote, own), fragments, own, ofFragments);
    }

    /** Distinct wordings (punctuation and case aside), most frequent first, each diffed against the canonical. */
    private static List<Variant> variants(Quote quote, List<Appearance> appearances) {
        Map<String, List<Appearance>> byWording = new LinkedHashMap<>();
        for (Appearance appearance : appearances) {
            byWording.computeIfAbsent(Wording.of(appearance.occurrence().occurrence().text).normalized(),
                    k -> new ArrayList<>()).add(appearance);
        }
        List<Variant> variants = new ArrayList<>();
        for (List<Appearance> same : byWording.values()) {
            String text = same.get(0).occurrence().occurrence().text;
            List<String> outlets = same.stream().map(a -> a.article().outletName).filter(n -> n != null)
                    .distinct().toList();
            variants.add(new Variant(text, same.size(), outlets, WordDiff.between(quote.canonicalText, text)));
        }
        variants.sort(Comparator.comparingInt(Variant::occurrences).reversed());
        return variants;
    }
}
