package io.quotetrail.quote.repository;

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
}
