package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.Quote;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, UUID> {

    /** Candidates a trigram index offers for a wording: at most this many, most similar first. */
    static final int MAX_CANDIDATES = 50;

    /**
     * Serialises clustering for one speaker until the transaction ends, so that two articles
     * quoting the same person at once cannot create the same quote twice.
     */
    public Uni<Void> lockSpeaker(String speakerKey) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                        .setParameter(1, "quote-speaker:" + speakerKey)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Quotes of this speaker (or of anyone, for an identical wording) whose wording is
     * trigram-similar to {@code normalized}, holds it, or is held by it; found through the index.
     */
    public Uni<List<Quote>> candidates(String speakerKey, String normalized) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select * from quote where (speaker_key = ?1 and (normalized_text % ?2"
                                + " or ?2 <% normalized_text or normalized_text <% ?2)) or normalized_text = ?2"
                                + " order by similarity(normalized_text, ?2) desc limit " + MAX_CANDIDATES, Quote.class)
                .setParameter(1, speakerKey)
                .setParameter(2, normalized)
                .getResultList());
    }

    /** Points the stored occurrences of fragment quotes at the fuller quote they come from. */
    public Uni<Void> linkFragmentOccurrences(Collection<UUID> fragmentIds, UUID whole) {
        if (fragmentIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = List.copyOf(fragmentIds);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "update occurrence set part_of = ?1 where quote_id in (?2) and part_of is null")
                        .setParameter(1, whole).setParameter(2, ids).executeUpdate())
                .replaceWithVoid();
    }

    /** The fragment quotes taken from this quote. */
    public Uni<List<Quote>> listFragmentsOf(UUID quoteId) {
        return find("partOf = ?1 order by createdAt", quoteId).list();
    }

    /** Quotes of anyone whose wording is trigram-similar to the text, holds it or is held by it. */
    public Uni<List<Quote>> similarTo(String normalized, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select * from quote where normalized_text % ?1 or ?1 <% normalized_text or normalized_text <% ?1"
                                + " order by word_similarity(?1, normalized_text) desc, similarity(normalized_text, ?1) desc"
                                + " limit " + limit, Quote.class)
                .setParameter(1, normalized)
                .getResultList());
    }
}
