package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.Quote;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
     * The quotes a new occurrence may belong to, found through the trigram index: this speaker's
     * (or, for an occurrence without a speaker, anyone's) quotes whose wording is similar to
     * {@code normalized}, holds it or is held by it; anyone's quote with the identical wording;
     * and anyone's quote of the days around {@code date} that holds it or is held by it — the
     * matcher decides whether words credited to another speaker still come from that quote.
     */
    public Uni<List<Quote>> candidates(String speakerKey, String normalized, LocalDate date, int days) {
        LocalDate day = date == null ? LocalDate.now() : date;
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select * from quote where ((speaker_key = ?1 or ?1 = '' or speaker_key = '')"
                                + " and (normalized_text % ?2 or ?2 <% normalized_text or normalized_text <% ?2))"
                                + " or normalized_text = ?2"
                                + " or (occasion_date between ?3 and ?4 and (?2 <% normalized_text or normalized_text <% ?2))"
                                + " order by similarity(normalized_text, ?2) desc limit " + MAX_CANDIDATES, Quote.class)
                .setParameter(1, speakerKey)
                .setParameter(2, normalized)
                .setParameter(3, day.minusDays(days))
                .setParameter(4, day.plusDays(days))
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
