package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quotetrail.quote.model.Article;
import io.quotetrail.quote.model.ChainHop;
import io.quotetrail.quote.model.Occurrence;
import io.quotetrail.quote.repository.ArticleRepository;
import io.quotetrail.quote.repository.ChainHopRepository;
import io.quotetrail.quote.repository.OccurrenceRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads articles with their occurrences and chains, three queries whatever the size. */
@ApplicationScoped
public class ArticleReader {

    private final ArticleRepository articles;
    private final OccurrenceRepository occurrences;
    private final ChainHopRepository hops;

    public ArticleReader(ArticleRepository articles, OccurrenceRepository occurrences, ChainHopRepository hops) {
        this.articles = articles;
        this.occurrences = occurrences;
        this.hops = hops;
    }

    /** The article already stored under this command's idempotency key, or null. */
    @WithSession
    public Uni<ArticleView> findExisting(IngestCommand command) {
        Uni<Article> existing = command.externalId() != null
                ? articles.findByExternalId(command.externalId())
                : articles.findByContent(command.textSha256(), command.outletKey());
        return existing.chain(article -> article == null ? Uni.createFrom().nullItem() : views(List.of(article))
                .map(views -> views.get(0)));
    }

    @WithSession
    public Uni<ArticleView> get(UUID id) {
        return articles.findById(id).chain(article -> {
            if (article == null) {
                return Uni.createFrom().failure(new ArticleNotFoundException(id.toString()));
            }
            return views(List.of(article)).map(views -> views.get(0));
        });
    }

    /** Every article, oldest first. */
    @WithSession
    public Uni<List<ArticleView>> export() {
        return articles.listOldestFirst().chain(this::views);
    }

    private Uni<List<ArticleView>> views(List<Article> list) {
        List<UUID> ids = list.stream().map(a -> a.id).toList();
        return occurrences.listByArticles(ids).chain(occurrenceList -> hops
                .listByOccurrences(occurrenceList.stream().map(o -> o.id).toList())
                .map(hopList -> assemble(list, occurrenceList, hopList)));
    }

    private static List<ArticleView> assemble(List<Article> list, List<Occurrence> occurrenceList,
                                               List<ChainHop> hopList) {
        Map<UUID, List<ChainHop>> hopsByOccurrence = new LinkedHashMap<>();
        for (ChainHop hop : hopList) {
            hopsByOccurrence.computeIfAbsent(hop.occurrenceId, k -> new ArrayList<>()).add(hop);
        }
        Map<UUID, List<ArticleView.OccurrenceView>> byArticle = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrenceList) {
            byArticle.computeIfAbsent(occurrence.articleId, k -> new ArrayList<>()).add(
                    new ArticleView.OccurrenceView(occurrence, hopsByOccurrence.getOrDefault(occurrence.id, List.of())));
        }
        List<ArticleView> views = new ArrayList<>(list.size());
        for (Article article : list) {
            views.add(new ArticleView(article, byArticle.getOrDefault(article.id, List.of())));
        }
        return views;
    }
}
