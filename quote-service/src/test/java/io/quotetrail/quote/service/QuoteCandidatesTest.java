package io.quotetrail.quote.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.quotetrail.quote.clustering.QuoteMatcher;
import io.quotetrail.quote.clustering.Wording;
import io.quotetrail.quote.model.Quote;
import io.quotetrail.quote.repository.QuoteRepository;
import io.quotetrail.quote.testing.SourceServiceDoubleResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The look-up offers the matcher the quotes it could place a new occurrence in, and not the others:
 * those were read, sent and compared for nothing, most of an ingest's cost on a large store (the
 * speaker's every quote of three months, anyone's same words at any date).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "quotetrail_quote_candidates_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SourceServiceDoubleResource.class, restrictToAnnotatedClass = true)
class QuoteCandidatesTest {

    private static final String SAID = "The harbour pilots will guide every cargo ship through the northern channel";
    private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    @Inject
    QuoteRepository quotes;

    @Test
    void onlyQuotesTheMatcherCouldJoinAreLookedUp() throws Throwable {
        UUID speaker = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Quote sharesWords = quote(speaker, DAY.plusDays(10), "Harbour pilots guide cargo ships at night");
        Quote noWordInCommon = quote(speaker, DAY.plusDays(5), "Tomorrow brings rain across the valley farms");
        Quote onlyFunctionWords = quote(speaker, DAY.plusDays(3), "It is what it is");
        Quote otherSpeakerMonthsLater = quote(other, DAY.plusDays(200), SAID);
        Quote noSpeakerMonthsLater = quote(null, DAY.plusDays(200), SAID);
        Quote otherSpeakerNextDay = quote(other, DAY.plusDays(1), SAID);
        Quote otherSpeakerPartDayBefore = quote(other, DAY.minusDays(1), "harbour pilots guide every cargo ship");
        Quote otherSpeakerMoreNextDay = quote(other, DAY.plusDays(1), SAID + " at dawn and at dusk");
        Quote speakerSameWordsYearLater = quote(speaker, DAY.plusDays(400), SAID);
        assertThat(Wording.of(onlyFunctionWords.canonicalText).stems()).as("a wording without content words").isEmpty();
        store(List.of(sharesWords, noWordInCommon, onlyFunctionWords, otherSpeakerMonthsLater, noSpeakerMonthsLater,
                otherSpeakerNextDay, otherSpeakerPartDayBefore, otherSpeakerMoreNextDay, speakerSameWordsYearLater));

        assertThat(candidates(speaker)).as("the speaker's words")
                .containsExactlyInAnyOrder(sharesWords.id, onlyFunctionWords.id, noSpeakerMonthsLater.id,
                        otherSpeakerNextDay.id, otherSpeakerPartDayBefore.id, otherSpeakerMoreNextDay.id,
                        speakerSameWordsYearLater.id);
        assertThat(candidates(null)).as("words credited to no one may be anyone's")
                .containsExactlyInAnyOrder(otherSpeakerMonthsLater.id, noSpeakerMonthsLater.id, otherSpeakerNextDay.id,
                        otherSpeakerPartDayBefore.id, otherSpeakerMoreNextDay.id, speakerSameWordsYearLater.id);
    }

    private List<UUID> candidates(UUID speaker) throws Throwable {
        QuoteRepository.CandidateLookup lookup = QuoteClusterer.lookupFor(speaker, SAID, Wording.of(SAID), DAY);
        List<List<QuoteRepository.StoredQuote>> found = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> quotes.candidates(List.of(lookup), QuoteMatcher.SAME_OCCASION_DAYS)));
        return found.get(0).stream().map(QuoteRepository.StoredQuote::id).toList();
    }

    private void store(List<Quote> stored) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> quotes.persist(stored)));
    }

    private static Quote quote(UUID speaker, LocalDate day, String text) {
        Quote quote = new Quote();
        quote.id = UUID.randomUUID();
        quote.speakerSourceId = speaker;
        quote.speakerKey = QuoteClusterer.speakerKey(speaker);
        quote.occasionDate = day;
        QuoteClusterer.setCanonicalWording(quote, text);
        quote.fragment = QuoteMatcher.isFragment("FULL", Wording.of(text));
        quote.createdAt = Instant.now();
        return quote;
    }
}
