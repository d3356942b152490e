package io.quotetrail.source.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.source.model.Source;
import io.quotetrail.source.model.SourceKind;
import io.smallrye.mutiny.Uni;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    public Uni<List<Source>> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids);
    }

    /** The sources merged into these ones (their tombstones), by name. */
    public Uni<List<Source>> findMergedInto(Collection<UUID> survivorIds) {
        if (survivorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("mergedInto in ?1 order by name, id", survivorIds);
    }

    /** Points the tombstones of one source at another, keeping every merge chain one hop long. */
    public Uni<Integer> repointTombstones(UUID from, UUID to) {
        return update("mergedInto = ?1 where mergedInto = ?2", to, from);
    }

    /**
     * One page of live (not merged) sources ordered by (name, id), starting after the given position.
     *
     * @param after        the last (name, id) of the previous page, or {@code null} for the first page
     * @param aliasPattern a LIKE pattern on normalized alias keys, or {@code null} for no filter
     * @param kind         only sources of this kind, or {@code null} for every kind
     */
    public Uni<List<Source>> page(PagePosition after, String aliasPattern, SourceKind kind, int limit) {
        StringBuilder query = new StringBuilder("from Source s where s.mergedInto is null");
        Parameters parameters = new Parameters();
        if (kind != null) {
            query.append(" and s.kind = :kind");
            parameters.and("kind", kind);
        }
        if (after != null) {
            query.append(" and (s.name > :afterName or (s.name = :afterName and s.id > :afterId))");
            parameters.and("afterName", after.name()).and("afterId", after.id());
        }
        if (aliasPattern != null) {
            query.append(" and exists (select 1 from SourceAlias a where a.sourceId = s.id and a.aliasKey like :pattern)");
            parameters.and("pattern", aliasPattern);
        }
        query.append(" order by s.name, s.id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }

    /** Where a page of sources ends: the last source's name and id. */
    public record PagePosition(String name, UUID id) {
    }
}
