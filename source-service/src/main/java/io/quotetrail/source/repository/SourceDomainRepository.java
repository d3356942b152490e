package io.quotetrail.source.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.source.model.SourceDomain;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SourceDomainRepository implements PanacheRepositoryBase<SourceDomain, String> {

    public Uni<List<SourceDomain>> findByDomains(Collection<String> domains) {
        if (domains.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("domain in ?1", domains);
    }

    public Uni<List<SourceDomain>> findBySourceIds(Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("sourceId in ?1 order by domain", sourceIds);
    }

    /**
     * Registers the domain for the source unless some source holds it already (see
     * {@link SourceAliasRepository#claim}).
     *
     * @return the id of the source owning the domain afterwards
     */
    public Uni<UUID> claim(String domain, UUID sourceId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO source_domains (domain, source_id, created_at)
                                VALUES (:domain, :sourceId, now())
                                ON CONFLICT (domain) DO NOTHING""")
                        .setParameter("domain", domain)
                        .setParameter("sourceId", sourceId)
                        .executeUpdate())
                .chain(inserted -> inserted == 1 ? Uni.createFrom().item(sourceId) : ownerOf(domain));
    }

    public Uni<UUID> ownerOf(String domain) {
        return Panache.getSession()
                .chain(session -> session
                        .createSelectionQuery("select d.sourceId from SourceDomain d where d.domain = :domain", UUID.class)
                        .setParameter("domain", domain)
                        .getSingleResultOrNull());
    }

    /** Moves the web domains of one source to another (a merge). */
    public Uni<Integer> reassign(UUID from, UUID to) {
        return update("sourceId = ?1 where sourceId = ?2", to, from);
    }
}
