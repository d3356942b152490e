package io.quotetrail.gateway.mapping;

import static io.quotetrail.gateway.mapping.ExportFixtures.DIGEST_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.MOSCOW_TIMES;
import static io.quotetrail.gateway.mapping.ExportFixtures.MT_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.PUTIN;
import static io.quotetrail.gateway.mapping.ExportFixtures.QUOTE;
import static io.quotetrail.gateway.mapping.ExportFixtures.RBC_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.UNKNOWN_OUTLET_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.WORDING;
import static io.quotetrail.gateway.mapping.RdfTriples.RDF_TYPE;
import static io.quotetrail.gateway.mapping.RdfTriples.SCHEMA;
import static io.quotetrail.gateway.mapping.RdfTriples.XSD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteSummary;

/** The schema.org Claim export, read back as triples by a real JSON-LD processor. */
class ClaimJsonLdTest {

    private static final String CLAIM = ResourceIris.quote(QUOTE);

    private static RdfTriples claim(QuoteDetail quote) {
        return RdfTriples.of(ClaimJsonLd.document(quote));
    }

    @Test
    void theClaimHasItsWordingAuthorAndOccasion() {
        RdfTriples rdf = claim(ExportFixtures.quote());

        assertThat(rdf.has(CLAIM, RDF_TYPE, SCHEMA + "Claim")).isTrue();
        assertThat(rdf.has(CLAIM, SCHEMA + "text", WORDING)).isTrue();
        String putin = ResourceIris.source(PUTIN.getId());
        assertThat(rdf.has(CLAIM, SCHEMA + "author", putin)).isTrue();
        assertThat(rdf.has(putin, RDF_TYPE, SCHEMA + "Person")).isTrue();
        assertThat(rdf.has(putin, SCHEMA + "name", "Vladimir Putin")).isTrue();
        assertThat(rdf.has(CLAIM, SCHEMA + "dateCreated", "2025-08-15")).isTrue();
        assertThat(rdf.datatype(CLAIM, SCHEMA + "dateCreated")).isEqualTo(XSD + "date");
    }

    @Test
    void everyArticleIsAnAppearanceAndTheEarliestTheFirstAppearance() {
        RdfTriples rdf = claim(ExportFixtures.quote());

        assertThat(rdf.objects(CLAIM, SCHEMA + "appearance")).containsExactlyInAnyOrder(
                ResourceIris.article(MT_ARTICLE), ResourceIris.article(RBC_ARTICLE), ResourceIris.article(DIGEST_ARTICLE),
                ResourceIris.article(UNKNOWN_OUTLET_ARTICLE));
        assertThat(rdf.objects(CLAIM, SCHEMA + "firstAppearance")).containsExactly(ResourceIris.article(MT_ARTICLE));

        String mt = ResourceIris.article(MT_ARTICLE);
        assertThat(rdf.has(mt, RDF_TYPE, SCHEMA + "NewsArticle")).isTrue();
        assertThat(rdf.has(mt, SCHEMA + "url", "https://www.themoscowtimes.com/2025/08/15/letter")).isTrue();
        assertThat(rdf.datatype(mt, SCHEMA + "url")).as("an IRI, not a string").isNull();
        assertThat(rdf.has(mt, SCHEMA + "headline", "Title of a-mt")).isTrue();
        assertThat(rdf.has(mt, SCHEMA + "datePublished", "2025-08-15")).isTrue();
        assertThat(rdf.datatype(mt, SCHEMA + "datePublished")).isEqualTo(XSD + "date");
        String outlet = ResourceIris.source(MOSCOW_TIMES.getId());
        assertThat(rdf.has(mt, SCHEMA + "publisher", outlet)).isTrue();
        assertThat(rdf.has(outlet, RDF_TYPE, SCHEMA + "Organization")).isTrue();
        assertThat(rdf.has(outlet, SCHEMA + "name", "The Moscow Times")).isTrue();

        String printed = ResourceIris.occurrence("o-mt");
        assertThat(rdf.has(mt, SCHEMA + "hasPart", printed)).isTrue();
        assertThat(rdf.has(printed, RDF_TYPE, SCHEMA + "Quotation")).isTrue();
        assertThat(rdf.has(printed, SCHEMA + "text", WORDING)).isTrue();
    }

    @Test
    void missingUrlDateOutletAndSpeakerLeaveTheirTriplesOut() {
        RdfTriples rdf = claim(ExportFixtures.quote().toBuilder().clearSpeaker().setOccasionDate("").build());

        String unknown = ResourceIris.article(UNKNOWN_OUTLET_ARTICLE);
        assertThat(rdf.objects(unknown, SCHEMA + "url")).isEmpty();
        assertThat(rdf.objects(unknown, SCHEMA + "datePublished")).isEmpty();
        assertThat(rdf.objects(unknown, SCHEMA + "publisher")).isEmpty();
        assertThat(rdf.objects(CLAIM, SCHEMA + "author")).isEmpty();
        assertThat(rdf.objects(CLAIM, SCHEMA + "dateCreated")).isEmpty();
        assertThat(rdf.has(CLAIM, SCHEMA + "appearance", unknown)).isTrue();
    }

    @Test
    void twoOccurrencesInOneArticleAreOneAppearanceWithBothWordings() {
        Appearance first = ExportFixtures.appearance("a-1", MOSCOW_TIMES, "https://mt.example/1", "2025-08-15",
                ExportFixtures.occurrence("o-1", WORDING));
        Appearance again = first.toBuilder().setOccurrence(ExportFixtures.occurrence("o-2", "the heroic participation")).build();
        QuoteDetail quote = QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(WORDING)
                .addAppearances(first).addAppearances(again).setFirstAppearance(first).build();

        RdfTriples rdf = claim(quote);

        assertThat(rdf.objects(CLAIM, SCHEMA + "appearance")).containsExactly(ResourceIris.article("a-1"));
        assertThat(rdf.objects(ResourceIris.article("a-1"), SCHEMA + "hasPart"))
                .containsExactlyInAnyOrder(ResourceIris.occurrence("o-1"), ResourceIris.occurrence("o-2"));
    }

    @Test
    void fragmentsArePartsAndAFragmentIsPartOfItsFullerClaim() {
        RdfTriples full = claim(ExportFixtures.quote().toBuilder()
                .addFragments(QuoteSummary.newBuilder().setId("q-heroic").setCanonicalText("heroic")).build());
        assertThat(full.has(CLAIM, SCHEMA + "hasPart", ResourceIris.quote("q-heroic"))).isTrue();
        assertThat(full.has(ResourceIris.quote("q-heroic"), SCHEMA + "text", "heroic")).isTrue();
        assertThat(full.has(ResourceIris.quote("q-heroic"), RDF_TYPE, SCHEMA + "Claim")).isTrue();

        RdfTriples fragment = claim(QuoteDetail.newBuilder().setId("q-heroic").setCanonicalText("heroic")
                .setPartOf(QUOTE).build());
        assertThat(fragment.has(ResourceIris.quote("q-heroic"), SCHEMA + "isPartOf", CLAIM)).isTrue();
        assertThat(fragment.objects(ResourceIris.quote("q-heroic"), SCHEMA + "appearance")).isEmpty();
    }

    @Test
    void quotesAndLineBreaksInTheWordingSurvive() {
        String wording = "He said \"never\",\r\nthen \\ left";
        RdfTriples rdf = claim(QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(wording).build());

        assertThat(rdf.has(CLAIM, SCHEMA + "text", wording)).isTrue();
    }
}
