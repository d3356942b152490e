package io.quotetrail.source.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.source.model.SourceAlias;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SourceAliasRepository implements PanacheRepositoryBase<SourceAlias, String> {

    public Uni<List<SourceAlias>> findByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("aliasKey in ?1", keys);
    }

    public Uni<List<SourceAlias>> findBySourceIds(Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("sourceId in ?1 order by alias", sourceIds);
    }

    /**
     * Registers the key for the source unless some source holds it already, and tells who holds
     * it afterwards. The insert never fails on the unique key (so the transaction stays usable):
     * when a concurrent transaction holds the key, PostgreSQL waits for it to finish and the
     * lookup then sees the winner.
     *
     * @return the id of the source owning the key: {@code sourceId} when this call registered it
     */
    public Uni<UUID> claim(String key, String alias, UUID sourceId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO source_aliases (alias_key, source_id, alias, created_at)
                                VALUES (:key, :sourceId, :alias, now())
                                ON CONFLICT (alias_key) DO NOTHING""")
                        .setParameter("key", key)
                        .setParameter("sourceId", sourceId)
                        .setParameter("alias", alias)
                        .executeUpdate())
                .chain(inserted -> inserted == 1 ? Uni.createFrom().item(sourceId) : ownerOf(key));
    }

    /** The id of the source holding the key, or {@code null}. */
    public Uni<UUID> ownerOf(String key) {
        return Panache.getSession()
                .chain(session -> session
                        .createSelectionQuery("select a.sourceId from SourceAlias a where a.aliasKey = :key", UUID.class)
                        .setParameter("key", key)
                        .getSingleResultOrNull());
    }

    /** Moves the names of one source to another (a merge). */
    public Uni<Integer> reassign(UUID from, UUID to) {
        return update("sourceId = ?1 where sourceId = ?2", to, from);
    }
}
