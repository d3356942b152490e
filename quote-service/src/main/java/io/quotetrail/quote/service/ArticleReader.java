package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quotetrail.quote.model.Article;
import io.quotetrail.quote.model.ChainHop;
import io.quotetrail.quote.model.Occurrence;
import io.quotetrail.quote.repository.ArticleRepository;
import io.quotetrail.quote.repository.ChainHopRepository;
import io.quotetrail.quote.repository.OccurrenceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads articles with their occurrences and chains, three queries whatever the size. */
@ApplicationScoped
public class ArticleReader {

    private final ArticleRepository articles;
    private final OccurrenceRepository occurrences;
    private final ChainHopRepository hops;
    /** Articles read per query by {@link #exportAll}. */
    private final int exportPage;

    public ArticleReader(ArticleRepository articles, OccurrenceRepository occurrences, ChainHopRepository hops,
                         @ConfigProperty(name = "quotetrail.export.page-size", defaultValue = "200") int exportPage) {
        this.exportPage = exportPage;
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

    /** The article's text; a missing article fails as {@link #get} does. */
    @WithSession
    public Uni<String> text(UUID id) {
        return articles.textOf(id).onItem().ifNull().failWith(() -> new ArticleNotFoundException(id.toString()));
    }

    /**
     * Every article, oldest first, read a page at a time, each page in a session of its own, so
     * that neither this service nor the database holds the whole store at once.
     */
    public Multi<ArticleView> exportAll() {
        AtomicReference<Article> last = new AtomicReference<>();
        return Multi.createBy().repeating()
                .uni(() -> exportPage(last.get()).invoke(page -> {
                    if (!page.isEmpty()) {
                        last.set(page.get(page.size() - 1).article());
                    }
                }))
                .until(List::isEmpty)
                .onItem().<ArticleView>disjoint();
    }

    private Uni<List<ArticleView>> exportPage(Article after) {
        return Panache.withSession(() -> articles.listOldestFirstAfter(after, exportPage).chain(this::views));
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
