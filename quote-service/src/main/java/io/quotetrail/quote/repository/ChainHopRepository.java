package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.ChainHop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChainHopRepository implements PanacheRepositoryBase<ChainHop, UUID> {

    public Uni<List<ChainHop>> listByOccurrences(Collection<UUID> occurrenceIds) {
        if (occurrenceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("occurrenceId in ?1 order by occurrenceId, position", occurrenceIds).list();
    }

    /**
     * Moves up to {@code limit} hops of a merged source to its survivor (a batch of a merge's
     * rewrite, through the index on the source), then drops the hops of those chains that repeat
     * the source of the hop before them: once two names are one source, "A → B" is one hop, as an
     * ingest would have stored it.
     *
     * @return how many hops were moved
     */
    public Uni<Integer> reassign(UUID from, UUID into, String intoName, String intoKind, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select id, occurrence_id from chain_hop where source_id = ?1 limit ?2", Object[].class)
                        .setParameter(1, from).setParameter(2, limit)
                        .getResultList()
                        .chain(rows -> {
                            if (rows.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            List<UUID> hopIds = rows.stream().map(row -> (UUID) row[0]).toList();
                            List<UUID> occurrenceIds = rows.stream().map(row -> (UUID) row[1]).distinct().toList();
                            return session.createNativeQuery(
                                            "update chain_hop set source_id = ?1, source_name = ?2, source_kind = ?3"
                                                    + " where id in (?4)")
                                    .setParameter(1, into).setParameter(2, intoName).setParameter(3, intoKind)
                                    .setParameter(4, hopIds)
                                    .executeUpdate()
                                    .chain(() -> session.createNativeQuery("""
                                                    delete from chain_hop where id in (select id from (select id, source_id,
                                                        lag(source_id) over (partition by occurrence_id order by position) as previous
                                                        from chain_hop where occurrence_id in (?1)) chain where source_id = previous)""")
                                            .setParameter(1, occurrenceIds)
                                            .executeUpdate())
                                    .replaceWith(rows.size());
                        }));
    }
}
