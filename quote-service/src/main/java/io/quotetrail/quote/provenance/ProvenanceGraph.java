package io.quotetrail.quote.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quote's provenance, merged from the chains of all its occurrences: sources are nodes, each
 * relay (one hop to the next) is an edge carrying every piece of evidence for it. The primary
 * source is the first publisher after the speaker that most chains agree on.
 */
public final class ProvenanceGraph {

    /** One hop of one occurrence's chain, origin first. */
    public record Hop(String sourceId, String name, String kind, String evidence) {
    }

    /**
     * An occurrence's chain, with the article it was read in and that article's outlet (null when
     * unknown: then the chain's last hop is an intermediary, not the outlet).
     */
    public record Chain(String articleId, String outletId, List<Hop> hops, String wording) {

        public Chain(String articleId, String outletId, List<Hop> hops) {
            this(articleId, outletId, hops, null);
        }
    }

    public record Node(String id, String name, String kind, boolean speaker, boolean outlet) {
    }

    public record Evidence(String articleId, String text) {
    }

    /**
     * A relay. A stated edge has the text that states it; an inferred one is proposed from the
     * wording alone, with a confidence from 0 to 1, and is never mixed up with a stated one.
     */
    public record Edge(String from, String to, List<Evidence> evidence, boolean inferred, double confidence) {

        Edge(String from, String to) {
            this(from, to, new ArrayList<>(), false, 1.0);
        }
    }

    private final Map<String, Node> nodes;
    private final Map<String, Edge> edges;
    private final String primarySourceId;

    private ProvenanceGraph(Map<String, Node> nodes, Map<String, Edge> edges, String primarySourceId) {
        this.nodes = nodes;
        this.edges = edges;
        this.primarySourceId = primarySourceId;
    }

    public static ProvenanceGraph merge(List<Chain> chains) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, Integer> firstPublishers = new LinkedHashMap<>();
        for (Chain chain : chains) {
            List<Hop> hops = chain.hops();
            for (int h = 0; h < hops.size(); h++) {
                Hop hop = hops.get(h);
                boolean speaker = h == 0;
                boolean outlet = h > 0 && hop.sourceId().equals(chain.outletId());
                nodes.merge(hop.sourceId(), new Node(hop.sourceId(), hop.name(), hop.kind(), speaker, outlet),
                        (old, now) -> new Node(old.id(), old.name(), old.kind(), old.speaker() || now.speaker(),
                                old.outlet() || now.outlet()));
                if (h > 0) {
                    Hop from = hops.get(h - 1);
                    String key = from.sourceId() + "->" + hop.sourceId();
                    Edge edge = edges.computeIfAbsent(key, k -> new Edge(from.sourceId(), hop.sourceId()));
                    Evidence evidence = new Evidence(chain.articleId(), hop.evidence());
                    if (!edge.evidence().contains(evidence)) {
                        edge.evidence().add(evidence);
                    }
                }
            }
            if (hops.size() > 1) {
                firstPublishers.merge(hops.get(1).sourceId(), 1, Integer::sum);
            }
        }
        inferUpstream(chains, edges);
        String primary = firstPublishers.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(Map.Entry::getKey)
                .orElse(chains.isEmpty() || chains.get(0).hops().isEmpty() ? null : chains.get(0).hops().get(0).sourceId());
        return new ProvenanceGraph(nodes, edges, primary);
    }

    /**
     * An outlet that names no intermediary but prints a wording that, where a chain names one, only
     * one upstream source carries (its own translation, say): that upstream is proposed as the
     * outlet's inferred source, with the share of such chains as confidence.
     */
    private static void inferUpstream(List<Chain> chains, Map<String, Edge> edges) {
        for (Chain chain : chains) {
            List<Hop> hops = chain.hops();
            if (chain.wording() == null || chain.outletId() == null || hops.size() != 2
                    || !hops.get(1).sourceId().equals(chain.outletId())) {
                continue;
            }
            Map<String, Integer> upstreams = new LinkedHashMap<>();
            Map<String, String> seenIn = new LinkedHashMap<>();
            for (Chain other : chains) {
                List<Hop> otherHops = other.hops();
                if (other == chain || !chain.wording().equals(other.wording()) || otherHops.size() < 3) {
                    continue;
                }
                String upstream = otherHops.get(1).sourceId();
                upstreams.merge(upstream, 1, Integer::sum);
                seenIn.putIfAbsent(upstream, other.articleId());
            }
            if (upstreams.size() != 1) {
                continue; // no stated upstream carries this wording, or several do: nothing to infer
            }
            String upstream = upstreams.keySet().iterator().next();
            String outlet = chain.outletId();
            if (upstream.equals(outlet) || edges.containsKey(upstream + "->" + outlet)) {
                continue;
            }
            int carriers = upstreams.get(upstream);
            double confidence = carriers / (carriers + 1.0);
            String key = upstream + "->" + outlet;
            edges.put(key, new Edge(upstream, outlet, new ArrayList<>(List.of(new Evidence(chain.articleId(),
                    "same wording as article " + seenIn.get(upstream) + ", which states this source"))), true, confidence));
        }
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<Edge> edges() {
        return List.copyOf(edges.values());
    }

    /** The first publisher most chains name after the speaker, or the speaker when nobody relayed. */
    public String primarySourceId() {
        return primarySourceId;
    }

    /** The graph in Graphviz DOT: speaker boxes, outlets double-circled, evidence as edge tooltips. */
    public String toDot(String title) {
        StringBuilder dot = new StringBuilder("digraph provenance {\n  rankdir=LR;\n  label=").append(quoted(title))
                .append(";\n  node [shape=ellipse];\n");
        for (Node node : nodes.values()) {
            String shape = node.speaker() ? "box" : node.outlet() ? "doublecircle" : "ellipse";
            dot.append("  ").append(quoted(node.id())).append(" [label=").append(quoted(node.name()))
                    .append(", shape=").append(shape)
                    .append(node.id().equals(primarySourceId) && !node.speaker() ? ", style=bold" : "").append("];\n");
        }
        for (Edge edge : edges.values()) {
            String tooltip = String.join(" | ", edge.evidence().stream().map(Evidence::text).toList());
            dot.append("  ").append(quoted(edge.from())).append(" -> ").append(quoted(edge.to()))
                    .append(" [tooltip=").append(quoted(tooltip))
                    .append(edge.inferred() ? ", style=dashed, label=" + quoted(String.format(java.util.Locale.ROOT,
                            "inferred %.2f", edge.confidence())) : "").append("];\n");
        }
        return dot.append("}\n").toString();
    }

    /** A DOT string literal: quotes and backslashes escaped, line breaks as \n. */
    static String quoted(String text) {
        String value = text == null ? "" : text;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }
}
