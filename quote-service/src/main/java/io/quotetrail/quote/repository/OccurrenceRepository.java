package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    /**
     * Credits up to {@code limit} occurrences of a merged speaker to its survivor (a batch of a
     * merge's rewrite, through the index on the speaker).
     *
     * @return how many occurrences changed
     */
    public Uni<Integer> reassignSpeaker(UUID from, UUID into, String intoName, String intoKind, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        update occurrence set speaker_source_id = ?1, speaker_name = ?2, speaker_kind = ?3
                        where id in (select id from occurrence where speaker_source_id = ?4 limit ?5)""")
                .setParameter(1, into).setParameter(2, intoName).setParameter(3, intoKind)
                .setParameter(4, from).setParameter(5, limit)
                .executeUpdate());
    }
}
