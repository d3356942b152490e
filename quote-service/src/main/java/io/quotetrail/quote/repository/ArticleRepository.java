package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.Article;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** The article's text, which the entity loads lazily (reads of an article rarely need it). */
    public Uni<String> textOf(UUID id) {
        return getSession().chain(session -> session.createSelectionQuery("select a.text from Article a where a.id = :id",
                String.class).setParameter("id", id).getSingleResultOrNull());
    }

    public Uni<Article> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }

    /** The article ingested without an external id with this text and outlet, if any. */
    public Uni<Article> findByContent(String textSha256, String outletKey) {
        return find("textSha256 = ?1 and outletKey = ?2 and externalId is null", textSha256, outletKey)
                .firstResult();
    }

    /** Up to {@code limit} articles, oldest first, after the given one (null: from the first). */
    public Uni<List<Article>> listOldestFirstAfter(Article after, int limit) {
        return (after == null ? find("order by ingestedAt, id")
                : find("ingestedAt > ?1 or (ingestedAt = ?1 and id > ?2) order by ingestedAt, id", after.ingestedAt, after.id))
                .page(0, limit).list();
    }

    public Uni<List<Article>> listByIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("id in ?1", ids).list();
    }
}
