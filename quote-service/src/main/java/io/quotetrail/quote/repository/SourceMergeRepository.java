package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.SourceMerge;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The merges of source-service's registry applied here, and the locks that keep an ingest from
 * writing a merged id once its merge is recorded.
 * <p>
 * An ingest resolves its names before its transaction; a merge may be recorded in between. So an
 * ingest shares a lock on each source id it writes ({@link #reserve}) and writes the survivor of
 * any merged one; recording a merge takes the merged id's lock exclusively ({@link #record}). Either
 * the ingest commits first and the rewrite that follows the record finds its rows, or it waits for
 * the record and sees it. The locks are advisory locks of the two-key form, apart from the
 * single-key speaker locks of {@link QuoteRepository#lockSpeakers}.
 */
@ApplicationScoped
public class SourceMergeRepository implements PanacheRepositoryBase<SourceMerge, UUID> {

    private static final String LOCK_CLASS = "hashtext('quotetrail.source-merge')";

    /**
     * Records a merge; sources merged into the merged one before now point to its survivor too.
     * Waits for the ingests writing the merged id.
     */
    public Uni<Void> record(SourceMerge merge) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext(?1)))")
                .setParameter(1, merge.mergedId.toString())
                .getSingleResult()
                .chain(() -> session.createNativeQuery("""
                                insert into source_merge (merged_id, into_id, into_name, into_kind, recorded_at)
                                values (?1, ?2, ?3, ?4, ?5)
                                on conflict (merged_id) do update set into_id = excluded.into_id,
                                    into_name = excluded.into_name, into_kind = excluded.into_kind,
                                    recorded_at = excluded.recorded_at""")
                        .setParameter(1, merge.mergedId).setParameter(2, merge.intoId).setParameter(3, merge.intoName)
                        .setParameter(4, merge.intoKind).setParameter(5, merge.recordedAt)
                        .executeUpdate())
                .chain(() -> session.createNativeQuery("""
                                update source_merge set into_id = ?1, into_name = ?2, into_kind = ?3
                                where into_id = ?4""")
                        .setParameter(1, merge.intoId).setParameter(2, merge.intoName).setParameter(3, merge.intoKind)
                        .setParameter(4, merge.mergedId)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Shares the locks of the source ids an article is about to write until its transaction ends,
     * and tells which of them were merged.
     *
     * @return the merge of each merged id among {@code sourceIds}
     */
    public Uni<Map<UUID, SourceMerge>> reserve(Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] keys = sourceIds.stream().map(UUID::toString).sorted().distinct().toArray(String[]::new);
        List<UUID> ids = List.copyOf(sourceIds);
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(pg_advisory_xact_lock_shared(" + LOCK_CLASS + ", hashtext(k)))"
                        + " from (select k from unnest(cast(?1 as text[])) k order by k) ordered")
                .setParameter(1, keys)
                .getSingleResult()
                .chain(() -> list("mergedId in ?1", ids)))
                .map(merges -> {
                    Map<UUID, SourceMerge> byMergedId = new HashMap<>();
                    merges.forEach(merge -> byMergedId.put(merge.mergedId, merge));
                    return byMergedId;
                });
    }

    /**
     * The source this id now is and every id merged into it: what stored rows may hold for it
     * (all of them while a merge's rewrite is under way).
     */
    public Uni<List<UUID>> sameSource(UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        with survivor as (select coalesce((select into_id from source_merge where merged_id = ?1),
                                                          cast(?1 as uuid)) as id)
                        select id from survivor
                        union select m.merged_id from source_merge m join survivor s on m.into_id = s.id""", UUID.class)
                .setParameter(1, id)
                .getResultList());
    }
}
