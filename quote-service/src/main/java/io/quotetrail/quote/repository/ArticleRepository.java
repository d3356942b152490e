package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    /**
     * Points up to {@code limit} articles of a merged outlet at its survivor (a batch of a merge's
     * rewrite, through the index on the outlet).
     *
     * @return how many articles changed
     */
    public Uni<Integer> reassignOutlet(UUID from, UUID into, String intoName, String intoKind, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        update article set outlet_source_id = ?1, outlet_name = ?2, outlet_kind = ?3
                        where id in (select id from article where outlet_source_id = ?4 limit ?5)""")
                .setParameter(1, into).setParameter(2, intoName).setParameter(3, intoKind)
                .setParameter(4, from).setParameter(5, limit)
                .executeUpdate());
    }
}
