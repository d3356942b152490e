package io.quotetrail.quote.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The provenance graph merged from chains, its DOT form, and word-level diffs of variants. */
class ProvenanceTest {

    private static ProvenanceGraph.Hop hop(String id, String name, String kind, String evidence) {
        return new ProvenanceGraph.Hop(id, name, kind, evidence);
    }

    private static final ProvenanceGraph.Hop MAYOR = hop("s1", "Ana Ruiz", "PERSON", "Ruiz wrote");
    private static final ProvenanceGraph.Hop AGENCY = hop("s2", "Valley News Agency", "NEWS_AGENCY", "according to VNA");
    private static final ProvenanceGraph.Hop WIRE = hop("s3", "AFP", "NEWS_AGENCY", "By AFP");
    private static final ProvenanceGraph.Hop POST = hop("s4", "Harbour Post", "OUTLET", "outlet: Harbour Post");
    private static final ProvenanceGraph.Hop TIMES = hop("s5", "Valley Times", "OUTLET", "outlet: Valley Times");

    @Test
    void chainsMergeIntoOneGraphWithEveryPieceOfEvidence() {
        ProvenanceGraph graph = ProvenanceGraph.merge(List.of(
                new ProvenanceGraph.Chain("a1", "s4", List.of(MAYOR, AGENCY, WIRE, POST)),
                new ProvenanceGraph.Chain("a2", "s5", List.of(MAYOR, hop("s2", "VNA", "NEWS_AGENCY", "VNA reported"), TIMES))));

        assertThat(graph.nodes()).extracting(ProvenanceGraph.Node::id).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(graph.edges()).extracting(e -> e.from() + ">" + e.to())
                .containsExactly("s1>s2", "s2>s3", "s3>s4", "s2>s5");
        assertThat(graph.edges().get(0).evidence()).extracting(ProvenanceGraph.Evidence::articleId)
                .containsExactly("a1", "a2");
        assertThat(graph.primarySourceId()).isEqualTo("s2");
        assertThat(graph.nodes().get(0).speaker()).isTrue();
        assertThat(graph.nodes()).filteredOn(ProvenanceGraph.Node::outlet).extracting(ProvenanceGraph.Node::id)
                .containsExactly("s4", "s5");
    }

    @Test
    void lastHopOfAnArticleWithoutAKnownOutletIsNoOutlet() {
        ProvenanceGraph graph = ProvenanceGraph.merge(List.of(new ProvenanceGraph.Chain("a1", null, List.of(MAYOR, AGENCY))));

        assertThat(graph.nodes()).noneMatch(ProvenanceGraph.Node::outlet);
    }

    @Test
    void outletPrintingTheOnlyUpstreamsWordingGetsAnInferredDashedEdge() {
        ProvenanceGraph.Hop guardian = hop("s6", "Harbour Guardian", "OUTLET", "reports the Harbour Guardian");
        ProvenanceGraph.Hop aggregator = hop("s7", "Daily Digest", "OUTLET", "outlet: Daily Digest");
        ProvenanceGraph graph = ProvenanceGraph.merge(List.of(
                new ProvenanceGraph.Chain("a1", "s4", List.of(MAYOR, guardian, POST), "militant friendship"),
                new ProvenanceGraph.Chain("a2", "s7", List.of(MAYOR, aggregator), "militant friendship"),
                new ProvenanceGraph.Chain("a3", "s5", List.of(MAYOR, TIMES), "military friendship")));

        assertThat(graph.edges()).filteredOn(ProvenanceGraph.Edge::inferred).singleElement().satisfies(edge -> {
            assertThat(edge.from() + ">" + edge.to()).isEqualTo("s6>s7");
            assertThat(edge.confidence()).isBetween(0.0, 1.0);
            assertThat(edge.evidence().get(0).articleId()).isEqualTo("a2");
        });
        assertThat(graph.edges()).filteredOn(e -> !e.inferred()).allSatisfy(e -> assertThat(e.confidence()).isEqualTo(1.0));
        assertThat(graph.toDot("q")).contains("\"s6\" -> \"s7\"").contains("style=dashed");
    }

    @Test
    void speakerIsThePrimarySourceWhenNobodyRelayed() {
        ProvenanceGraph graph = ProvenanceGraph.merge(List.of(new ProvenanceGraph.Chain("a1", null, List.of(MAYOR))));

        assertThat(graph.primarySourceId()).isEqualTo("s1");
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void dotEscapesWhatItQuotes() {
        ProvenanceGraph graph = ProvenanceGraph.merge(List.of(new ProvenanceGraph.Chain("a1", "s2",
                List.of(hop("s1", "Ana \"The Rock\" Ruiz", "PERSON", "said"), hop("s2", "Post\\News", "OUTLET", "line\nbreak")))));

        String dot = graph.toDot("We will \"win\"");

        assertThat(dot).startsWith("digraph provenance {")
                .contains("label=\"We will \\\"win\\\"\"")
                .contains("\"s1\" [label=\"Ana \\\"The Rock\\\" Ruiz\", shape=box]")
                .contains("[label=\"Post\\\\News\", shape=doublecircle, style=bold]")
                .contains("\"s1\" -> \"s2\" [tooltip=\"line\\nbreak\"]");
    }

    @Test
    void wordDiffOfATranslationVariant() {
        List<WordDiff.Part> diff = WordDiff.between("The bonds of military friendship remain solid",
                "The bonds of militant friendship remain solid and reliable");

        assertThat(diff).containsExactly(
                new WordDiff.Part(WordDiff.Op.SAME, "The bonds of"),
                new WordDiff.Part(WordDiff.Op.ADDED, "militant"),
                new WordDiff.Part(WordDiff.Op.REMOVED, "military"),
                new WordDiff.Part(WordDiff.Op.SAME, "friendship remain solid"),
                new WordDiff.Part(WordDiff.Op.ADDED, "and reliable"));
    }

    @Test
    void wordDiffIgnoresCaseAndPunctuation() {
        assertThat(WordDiff.between("We will win.", "we will WIN")).containsExactly(
                new WordDiff.Part(WordDiff.Op.SAME, "we will WIN"));
    }
}
