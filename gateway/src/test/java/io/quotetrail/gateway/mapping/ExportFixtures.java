package io.quotetrail.gateway.mapping;

import java.util.List;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.EdgeEvidence;
import io.quotetrail.proto.quote.v1.GraphEdge;
import io.quotetrail.proto.quote.v1.GraphNode;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.QuoteKind;
import io.quotetrail.proto.quote.v1.SourceRef;
import io.quotetrail.proto.source.v1.SourceKind;

/**
 * A small hand-made quote as quote-service sends it: one sentence of a letter reaching four articles by different
 * chains. The Moscow Times ran AFP's story of KCNA's release; RBC-Ukraine cited The Guardian, which cited KCNA; a
 * digest named only the speaker but printed the wording only KCNA's chains carry (an inferred hop); an article of
 * unknown outlet cited KCNA.
 */
final class ExportFixtures {

    static final String QUOTE = "q-1";
    static final String WORDING = "This was demonstrated by the heroic participation of the DPRK soldiers";

    static final SourceRef PUTIN = source("putin", "Vladimir Putin", SourceKind.PERSON);
    static final SourceRef KCNA = source("kcna", "KCNA", SourceKind.STATE_MEDIA);
    static final SourceRef AFP = source("afp", "AFP", SourceKind.NEWS_AGENCY);
    static final SourceRef MOSCOW_TIMES = source("mt", "The Moscow Times", SourceKind.OUTLET);
    static final SourceRef GUARDIAN = source("guardian", "The Guardian", SourceKind.OUTLET);
    static final SourceRef RBC = source("rbc", "RBC-Ukraine", SourceKind.OUTLET);
    static final SourceRef DIGEST = source("digest", "Daily Digest", SourceKind.OUTLET);

    static final String MT_ARTICLE = "a-mt";
    static final String RBC_ARTICLE = "a-rbc";
    static final String DIGEST_ARTICLE = "a-digest";
    static final String UNKNOWN_OUTLET_ARTICLE = "a-unknown";

    private ExportFixtures() {
    }

    static SourceRef source(String id, String name, SourceKind kind) {
        return SourceRef.newBuilder().setId(id).setName(name).setKind(kind).build();
    }

    static Hop hop(SourceRef source, String evidence) {
        return Hop.newBuilder().setSource(source).setEvidence(evidence).build();
    }

    static Occurrence occurrence(String id, String text, Hop... chain) {
        Occurrence.Builder occurrence = Occurrence.newBuilder().setId(id).setText(text).setStart(10)
                .setEnd(10 + text.length()).setKind(QuoteKind.FULL).setCue("said").setQuoteId(QUOTE).setMedium("letter")
                .setOccasionDate("2025-08-15").addAllChain(List.of(chain));
        if (chain.length > 0 && chain[0].getSource().getKind() == SourceKind.PERSON) {
            occurrence.setSpeaker(chain[0].getSource());
        }
        return occurrence.build();
    }

    static Appearance appearance(String articleId, SourceRef outlet, String url, String publishedAt, Occurrence occurrence) {
        Appearance.Builder appearance = Appearance.newBuilder().setArticleId(articleId).setExternalId("ext-" + articleId)
                .setUrl(url).setTitle("Title of " + articleId).setPublishedAt(publishedAt).setOccurrence(occurrence);
        if (outlet != null) {
            appearance.setOutlet(outlet);
        }
        return appearance.build();
    }

    static List<Appearance> appearances() {
        return List.of(
                appearance(MT_ARTICLE, MOSCOW_TIMES, "https://www.themoscowtimes.com/2025/08/15/letter", "2025-08-15",
                        occurrence("o-mt", WORDING, hop(PUTIN, "Putin said in the letter"),
                                hop(KCNA, "according to state news agency KCNA"), hop(AFP, "SEOUL (AFP)"),
                                hop(MOSCOW_TIMES, "outlet: The Moscow Times"))),
                appearance(RBC_ARTICLE, RBC, "https://www.rbc.ua/letter", "2025-08-16",
                        occurrence("o-rbc", WORDING, hop(PUTIN, "Putin wrote"), hop(KCNA, "KCNA reported"),
                                hop(GUARDIAN, "reports The Guardian"), hop(RBC, "outlet: RBC-Ukraine"))),
                appearance(DIGEST_ARTICLE, DIGEST, "", "2025-08-17",
                        occurrence("o-digest", WORDING, hop(PUTIN, "Putin said"), hop(DIGEST, "outlet: Daily Digest"))),
                appearance(UNKNOWN_OUTLET_ARTICLE, null, "", "",
                        occurrence("o-unknown", WORDING, hop(PUTIN, "he said"), hop(KCNA, "according to KCNA"))));
    }

    static QuoteDetail quote() {
        List<Appearance> appearances = appearances();
        return QuoteDetail.newBuilder().setId(QUOTE).setCanonicalText(WORDING).setSpeaker(PUTIN).setMedium("letter")
                .setOccasionDate("2025-08-15").setFirstAppearance(appearances.get(0)).addAllAppearances(appearances)
                .build();
    }

    static GraphEdge edge(SourceRef from, SourceRef to, String articleId, String evidence) {
        return GraphEdge.newBuilder().setFromSourceId(from.getId()).setToSourceId(to.getId()).setConfidence(1.0)
                .addEvidence(EdgeEvidence.newBuilder().setArticleId(articleId).setText(evidence)).build();
    }

    /** The graph quote-service merges from the chains above, with the digest's inferred hop from KCNA. */
    static QuoteGraph graph() {
        return QuoteGraph.newBuilder().setQuoteId(QUOTE).setPrimarySourceId(KCNA.getId())
                .addNodes(GraphNode.newBuilder().setSource(PUTIN).setSpeaker(true))
                .addNodes(GraphNode.newBuilder().setSource(KCNA))
                .addNodes(GraphNode.newBuilder().setSource(AFP))
                .addNodes(GraphNode.newBuilder().setSource(MOSCOW_TIMES).setOutlet(true))
                .addNodes(GraphNode.newBuilder().setSource(GUARDIAN))
                .addNodes(GraphNode.newBuilder().setSource(RBC).setOutlet(true))
                .addNodes(GraphNode.newBuilder().setSource(DIGEST).setOutlet(true))
                .addEdges(GraphEdge.newBuilder().setFromSourceId(PUTIN.getId()).setToSourceId(KCNA.getId()).setConfidence(1.0)
                        .addEvidence(EdgeEvidence.newBuilder().setArticleId(MT_ARTICLE).setText("according to state news agency KCNA"))
                        .addEvidence(EdgeEvidence.newBuilder().setArticleId(RBC_ARTICLE).setText("KCNA reported"))
                        .addEvidence(EdgeEvidence.newBuilder().setArticleId(UNKNOWN_OUTLET_ARTICLE).setText("according to KCNA")))
                .addEdges(edge(KCNA, AFP, MT_ARTICLE, "SEOUL (AFP)"))
                .addEdges(edge(AFP, MOSCOW_TIMES, MT_ARTICLE, "outlet: The Moscow Times"))
                .addEdges(edge(KCNA, GUARDIAN, RBC_ARTICLE, "reports The Guardian"))
                .addEdges(edge(GUARDIAN, RBC, RBC_ARTICLE, "outlet: RBC-Ukraine"))
                .addEdges(edge(PUTIN, DIGEST, DIGEST_ARTICLE, "outlet: Daily Digest"))
                .addEdges(GraphEdge.newBuilder().setFromSourceId(KCNA.getId()).setToSourceId(DIGEST.getId())
                        .setInferred(true).setConfidence(2.0 / 3.0)
                        .addEvidence(EdgeEvidence.newBuilder().setArticleId(DIGEST_ARTICLE)
                                .setText("same wording as article a-mt, which states this source")))
                .build();
    }
}
