package io.quotetrail.gateway.mapping;

import static io.quotetrail.gateway.mapping.ExportFixtures.AFP;
import static io.quotetrail.gateway.mapping.ExportFixtures.DIGEST_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.GUARDIAN;
import static io.quotetrail.gateway.mapping.ExportFixtures.KCNA;
import static io.quotetrail.gateway.mapping.ExportFixtures.MOSCOW_TIMES;
import static io.quotetrail.gateway.mapping.ExportFixtures.MT_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.PUTIN;
import static io.quotetrail.gateway.mapping.ExportFixtures.QUOTE;
import static io.quotetrail.gateway.mapping.ExportFixtures.RBC_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.UNKNOWN_OUTLET_ARTICLE;
import static io.quotetrail.gateway.mapping.ExportFixtures.WORDING;
import static io.quotetrail.gateway.mapping.RdfTriples.DCTERMS;
import static io.quotetrail.gateway.mapping.RdfTriples.PROV;
import static io.quotetrail.gateway.mapping.RdfTriples.QT;
import static io.quotetrail.gateway.mapping.RdfTriples.RDF_TYPE;
import static io.quotetrail.gateway.mapping.RdfTriples.SCHEMA;
import static io.quotetrail.gateway.mapping.RdfTriples.XSD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.GraphEdge;
import io.quotetrail.proto.quote.v1.GraphNode;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;

/** The PROV-O export, read back as triples by a real JSON-LD processor. */
class ProvenanceJsonLdTest {

    private static final String UTTERANCE = ResourceIris.quote(QUOTE);

    private static String article(String id) {
        return ResourceIris.article(id);
    }

    private static String relay(String sourceId) {
        return ResourceIris.relay(QUOTE, sourceId);
    }

    private static String agent(String sourceId) {
        return ResourceIris.source(sourceId);
    }

    private static RdfTriples prov(QuoteDetail quote, QuoteGraph graph) {
        return RdfTriples.of(ProvenanceJsonLd.document(quote, graph));
    }

    /** The blank nodes of the subject's qualified quotations of this upstream entity. */
    private static Set<String> quotationsOf(RdfTriples rdf, String downstream, String upstream) {
        Set<String> found = new java.util.LinkedHashSet<>(rdf.objects(downstream, PROV + "qualifiedQuotation"));
        found.retainAll(rdf.subjects(PROV + "entity", upstream));
        return found;
    }

    @Test
    void eachArticleWasQuotedFromTheNextSourceUpstreamAndEachRelayFromItsOwn() {
        RdfTriples rdf = prov(ExportFixtures.quote(), ExportFixtures.graph());

        assertThat(rdf.objects(article(MT_ARTICLE), PROV + "wasQuotedFrom")).containsExactly(relay(AFP.getId()));
        assertThat(rdf.objects(relay(AFP.getId()), PROV + "wasQuotedFrom")).containsExactly(relay(KCNA.getId()));
        assertThat(rdf.objects(relay(KCNA.getId()), PROV + "wasQuotedFrom")).containsExactly(UTTERANCE);
        assertThat(rdf.objects(article(RBC_ARTICLE), PROV + "wasQuotedFrom")).containsExactly(relay(GUARDIAN.getId()));
        assertThat(rdf.objects(relay(GUARDIAN.getId()), PROV + "wasQuotedFrom")).containsExactly(relay(KCNA.getId()));
        // Of unknown outlet: the chain's last source is where the article took it from.
        assertThat(rdf.objects(article(UNKNOWN_OUTLET_ARTICLE), PROV + "wasQuotedFrom")).containsExactly(relay(KCNA.getId()));

        for (String entity : List.of(UTTERANCE, article(MT_ARTICLE), relay(AFP.getId()), relay(KCNA.getId()))) {
            assertThat(rdf.has(entity, RDF_TYPE, PROV + "Entity")).as(entity).isTrue();
        }
        assertThat(rdf.has(relay(KCNA.getId()), PROV + "wasAttributedTo", agent(KCNA.getId()))).isTrue();
    }

    @Test
    void aQualifiedQuotationNamesTheArticleAndTheSentenceThatStateTheHop() {
        RdfTriples rdf = prov(ExportFixtures.quote(), ExportFixtures.graph());

        Set<String> quotations = quotationsOf(rdf, relay(KCNA.getId()), UTTERANCE);
        assertThat(quotations).hasSize(3);
        assertThat(quotations).allSatisfy(q -> {
            assertThat(rdf.has(q, RDF_TYPE, PROV + "Quotation")).isTrue();
            assertThat(rdf.has(q, QT + "inferred", "false")).isTrue();
            assertThat(rdf.has(q, QT + "confidence", "1.0E0")).isTrue();
            assertThat(rdf.datatype(q, QT + "confidence")).isEqualTo(XSD + "double");
        });
        assertThat(quotations).anySatisfy(q -> {
            assertThat(rdf.has(q, QT + "statedIn", article(MT_ARTICLE))).isTrue();
            assertThat(rdf.has(q, QT + "evidence", "according to state news agency KCNA")).isTrue();
        });
        assertThat(quotations).anySatisfy(q -> {
            assertThat(rdf.has(q, QT + "statedIn", article(RBC_ARTICLE))).isTrue();
            assertThat(rdf.has(q, QT + "evidence", "KCNA reported")).isTrue();
        });

        assertThat(quotationsOf(rdf, article(MT_ARTICLE), relay(AFP.getId()))).singleElement()
                .satisfies(q -> assertThat(rdf.has(q, QT + "statedIn", article(MT_ARTICLE))).isTrue());
    }

    @Test
    void anInferredHopIsOnlyQualifiedAndCarriesItsConfidence() {
        RdfTriples rdf = prov(ExportFixtures.quote(), ExportFixtures.graph());

        // The digest names only the speaker: that hop is stated ...
        assertThat(rdf.objects(article(DIGEST_ARTICLE), PROV + "wasQuotedFrom")).containsExactly(UTTERANCE);
        // ... while the hop from KCNA, proposed from the wording alone, is not asserted, only qualified.
        assertThat(rdf.has(article(DIGEST_ARTICLE), PROV + "wasQuotedFrom", relay(KCNA.getId()))).isFalse();
        assertThat(quotationsOf(rdf, article(DIGEST_ARTICLE), relay(KCNA.getId()))).singleElement().satisfies(q -> {
            assertThat(rdf.has(q, RDF_TYPE, PROV + "Quotation")).isTrue();
            assertThat(rdf.has(q, QT + "inferred", "true")).isTrue();
            assertThat(rdf.datatype(q, QT + "inferred")).isEqualTo(XSD + "boolean");
            assertThat(Double.parseDouble(rdf.objects(q, QT + "confidence").iterator().next())).isBetween(0.66, 0.67);
            assertThat(rdf.objects(q, QT + "evidence").iterator().next()).startsWith("same wording as article");
        });
    }

    @Test
    void everyArticleHadTheFirstPublishersReleaseAsPrimarySource() {
        RdfTriples rdf = prov(ExportFixtures.quote(), ExportFixtures.graph());

        assertThat(rdf.subjects(PROV + "hadPrimarySource", relay(KCNA.getId()))).containsExactlyInAnyOrder(
                article(MT_ARTICLE), article(RBC_ARTICLE), article(DIGEST_ARTICLE), article(UNKNOWN_OUTLET_ARTICLE));
    }

    @Test
    void agentsArticlesAndTheUtteranceAreDescribed() {
        RdfTriples rdf = prov(ExportFixtures.quote(), ExportFixtures.graph());

        assertThat(rdf.has(UTTERANCE, PROV + "value", WORDING)).isTrue();
        assertThat(rdf.has(UTTERANCE, PROV + "wasAttributedTo", agent(PUTIN.getId()))).isTrue();
        assertThat(rdf.has(UTTERANCE, DCTERMS + "created", "2025-08-15")).isTrue();
        assertThat(rdf.datatype(UTTERANCE, DCTERMS + "created")).isEqualTo(XSD + "date");
        assertThat(rdf.has(UTTERANCE, QT + "medium", "letter")).isTrue();

        assertThat(rdf.objects(agent(PUTIN.getId()), RDF_TYPE)).containsExactlyInAnyOrder(PROV + "Agent", PROV + "Person");
        assertThat(rdf.objects(agent(MOSCOW_TIMES.getId()), RDF_TYPE))
                .containsExactlyInAnyOrder(PROV + "Agent", PROV + "Organization");
        assertThat(rdf.has(agent(KCNA.getId()), "http://www.w3.org/2000/01/rdf-schema#label", "KCNA")).isTrue();
        assertThat(rdf.has(agent(KCNA.getId()), QT + "sourceKind", "STATE_MEDIA")).isTrue();

        String mt = article(MT_ARTICLE);
        assertThat(rdf.has(mt, PROV + "wasAttributedTo", agent(MOSCOW_TIMES.getId()))).isTrue();
        assertThat(rdf.has(mt, SCHEMA + "url", "https://www.themoscowtimes.com/2025/08/15/letter")).isTrue();
        assertThat(rdf.has(mt, DCTERMS + "issued", "2025-08-15")).isTrue();
        assertThat(rdf.datatype(mt, DCTERMS + "issued")).isEqualTo(XSD + "date");
        assertThat(rdf.has(mt, DCTERMS + "title", "Title of a-mt")).isTrue();
        assertThat(rdf.has(mt, DCTERMS + "identifier", "ext-a-mt")).isTrue();
    }

    @Test
    void missingDatesUrlsAndOutletLeaveTheirTriplesOut() {
        RdfTriples rdf = prov(ExportFixtures.quote(), ExportFixtures.graph());

        String unknown = article(UNKNOWN_OUTLET_ARTICLE);
        assertThat(rdf.objects(unknown, SCHEMA + "url")).isEmpty();
        assertThat(rdf.objects(unknown, DCTERMS + "issued")).isEmpty();
        assertThat(rdf.objects(unknown, PROV + "wasAttributedTo")).isEmpty();
        assertThat(rdf.objects(article(DIGEST_ARTICLE), SCHEMA + "url")).isEmpty();
    }

    @Test
    void withoutAPrimarySourceNoArticleClaimsOne() {
        QuoteGraph graph = ExportFixtures.graph().toBuilder().setPrimarySourceId("").build();

        RdfTriples rdf = prov(ExportFixtures.quote(), graph);

        assertThat(rdf.withPredicate(PROV + "hadPrimarySource")).isEmpty();
        assertThat(rdf.objects(article(MT_ARTICLE), PROV + "wasQuotedFrom")).containsExactly(relay(AFP.getId()));
    }

    @Test
    void whenNobodyRelayedTheUtteranceIsThePrimarySource() {
        Appearance direct = ExportFixtures.appearance("a-1", MOSCOW_TIMES, "https://mt.example/1", "2025-08-15",
                ExportFixtures.occurrence("o-1", WORDING, ExportFixtures.hop(PUTIN, "Putin told reporters"),
                        ExportFixtures.hop(MOSCOW_TIMES, "outlet: The Moscow Times")));
        QuoteDetail quote = QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(WORDING).setSpeaker(PUTIN)
                .addAppearances(direct).setFirstAppearance(direct).build();
        QuoteGraph graph = QuoteGraph.newBuilder().setQuoteId(QUOTE).setPrimarySourceId(PUTIN.getId())
                .addNodes(GraphNode.newBuilder().setSource(PUTIN).setSpeaker(true))
                .addNodes(GraphNode.newBuilder().setSource(MOSCOW_TIMES).setOutlet(true))
                .addEdges(ExportFixtures.edge(PUTIN, MOSCOW_TIMES, "a-1", "outlet: The Moscow Times")).build();

        RdfTriples rdf = prov(quote, graph);

        assertThat(rdf.objects(article("a-1"), PROV + "hadPrimarySource")).containsExactly(UTTERANCE);
        assertThat(rdf.objects(article("a-1"), PROV + "wasQuotedFrom")).containsExactly(UTTERANCE);
    }

    @Test
    void anOutletThatPublishedFirstMakesItsEarliestArticleThePrimarySource() {
        Appearance first = ExportFixtures.appearance("a-1", MOSCOW_TIMES, "https://mt.example/1", "2025-08-15",
                ExportFixtures.occurrence("o-1", WORDING, ExportFixtures.hop(PUTIN, "Putin told The Moscow Times"),
                        ExportFixtures.hop(MOSCOW_TIMES, "outlet: The Moscow Times")));
        Appearance later = ExportFixtures.appearance("a-2", GUARDIAN, "https://guardian.example/2", "2025-08-16",
                ExportFixtures.occurrence("o-2", WORDING, ExportFixtures.hop(PUTIN, "Putin said"),
                        ExportFixtures.hop(MOSCOW_TIMES, "told The Moscow Times"), ExportFixtures.hop(GUARDIAN, "outlet")));
        QuoteDetail quote = QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(WORDING).setSpeaker(PUTIN)
                .addAppearances(first).addAppearances(later).setFirstAppearance(first).build();
        QuoteGraph graph = QuoteGraph.newBuilder().setQuoteId(QUOTE).setPrimarySourceId(MOSCOW_TIMES.getId())
                .addNodes(GraphNode.newBuilder().setSource(PUTIN).setSpeaker(true))
                .addNodes(GraphNode.newBuilder().setSource(MOSCOW_TIMES).setOutlet(true))
                .addNodes(GraphNode.newBuilder().setSource(GUARDIAN).setOutlet(true))
                .addEdges(GraphEdge.newBuilder().setFromSourceId(PUTIN.getId()).setToSourceId(MOSCOW_TIMES.getId())
                        .setConfidence(1.0)
                        .addEvidence(io.quotetrail.proto.quote.v1.EdgeEvidence.newBuilder().setArticleId("a-1").setText("outlet"))
                        .addEvidence(io.quotetrail.proto.quote.v1.EdgeEvidence.newBuilder().setArticleId("a-2")
                                .setText("told The Moscow Times")))
                .addEdges(ExportFixtures.edge(MOSCOW_TIMES, GUARDIAN, "a-2", "outlet")).build();

        RdfTriples rdf = prov(quote, graph);

        // The Moscow Times is the Guardian article's intermediary (a relay) and the first article's own outlet.
        assertThat(rdf.objects(article("a-1"), PROV + "wasQuotedFrom")).containsExactly(UTTERANCE);
        assertThat(rdf.objects(relay(MOSCOW_TIMES.getId()), PROV + "wasQuotedFrom")).containsExactly(UTTERANCE);
        assertThat(rdf.objects(article("a-2"), PROV + "wasQuotedFrom")).containsExactly(relay(MOSCOW_TIMES.getId()));
        assertThat(rdf.objects(article("a-2"), PROV + "hadPrimarySource")).containsExactly(article("a-1"));
        assertThat(rdf.objects(article("a-1"), PROV + "hadPrimarySource")).isEmpty();
    }

    @Test
    void withoutASpeakerTheUtteranceIsAttributedToNobody() {
        Appearance unattributed = ExportFixtures.appearance("a-1", MOSCOW_TIMES, "", "",
                ExportFixtures.occurrence("o-1", WORDING));
        QuoteDetail quote = QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(WORDING).addAppearances(unattributed).build();

        RdfTriples rdf = prov(quote, QuoteGraph.newBuilder().setQuoteId(QUOTE).build());

        assertThat(rdf.has(UTTERANCE, PROV + "value", WORDING)).isTrue();
        assertThat(rdf.objects(UTTERANCE, PROV + "wasAttributedTo")).isEmpty();
        assertThat(rdf.objects(article("a-1"), PROV + "wasQuotedFrom")).isEmpty();
        assertThat(rdf.has(article("a-1"), PROV + "wasAttributedTo", agent(MOSCOW_TIMES.getId()))).isTrue();
    }

    @Test
    void quotesBackslashesAndLineBreaksSurviveAsTheSameLiterals() {
        String wording = "We said \"no\" twice,\nand C:\\path\\n is not a line break";
        String evidence = "according to \"the\\agency\"\r\nsource";
        Appearance appearance = ExportFixtures.appearance("a-1", MOSCOW_TIMES, "https://mt.example/1?a=1&b=2", "2025-08-15",
                ExportFixtures.occurrence("o-1", wording, ExportFixtures.hop(PUTIN, "said"), ExportFixtures.hop(KCNA, evidence)));
        QuoteDetail quote = QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(wording).addAppearances(appearance).build();

        RdfTriples rdf = prov(quote, QuoteGraph.getDefaultInstance());

        assertThat(rdf.has(UTTERANCE, PROV + "value", wording)).isTrue();
        assertThat(rdf.objects(article("a-1"), PROV + "qualifiedQuotation"))
                .anySatisfy(q -> assertThat(rdf.has(q, QT + "evidence", evidence)).isTrue());
    }
}
