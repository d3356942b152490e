package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.Quote;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, UUID> {

    /**
     * The id of the quote with this wording key and speaker, created if missing. Insert-or-ignore
     * followed by a read keeps concurrent ingests of the same quote from failing each other.
     * Must run inside a transaction.
     */
    public Uni<UUID> findOrCreate(String textKey, String speakerKey, String canonicalText, UUID speakerSourceId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into quote (id, text_key, speaker_key, canonical_text, speaker_source_id, created_at)"
                                + " values (?1, ?2, ?3, ?4, ?5, now()) on conflict (text_key, speaker_key) do nothing")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, textKey)
                        .setParameter(3, speakerKey)
                        .setParameter(4, canonicalText)
                        .setParameter(5, speakerSourceId)
                        .executeUpdate())
                .chain(ignored -> find("textKey = ?1 and speakerKey = ?2", textKey, speakerKey).<Quote>firstResult())
                .map(quote -> quote.id);
    }
}
