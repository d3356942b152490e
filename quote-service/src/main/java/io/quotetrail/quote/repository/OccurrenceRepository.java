package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.Occurrence;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OccurrenceRepository implements PanacheRepositoryBase<Occurrence, UUID> {

    public Uni<List<Occurrence>> listByArticles(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("articleId in ?1 order by articleId, ordinal", articleIds).list();
    }

    /** The occurrences of these quotes. */
    public Uni<List<Occurrence>> listByQuotes(Collection<UUID> quoteIds) {
        if (quoteIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("quoteId in ?1 order by articleId, ordinal", quoteIds).list();
    }
}
