package io.quotetrail.gateway.mapping;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.EdgeEvidence;
import io.quotetrail.proto.quote.v1.GraphEdge;
import io.quotetrail.proto.quote.v1.GraphNode;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.SourceRef;
import io.quotetrail.proto.source.v1.SourceKind;

/**
 * A quote's provenance in W3C PROV-O, as JSON-LD with an inline context (nothing to fetch).
 * <ul>
 * <li>The utterance ({@code urn:quotetrail:quote:ID}) is a {@code prov:Entity} whose {@code prov:value} is the
 * canonical wording, {@code prov:wasAttributedTo} the speaker, {@code dcterms:created} on its occasion.</li>
 * <li>Each intermediary's relay of it ({@code urn:quotetrail:quote:ID:relay:SOURCE}: an agency's dispatch, another
 * outlet's report) and each article ({@code urn:quotetrail:article:ID}, with its outlet as
 * {@code prov:wasAttributedTo}, {@code schema:url}, {@code dcterms:issued}) is a {@code prov:Entity} that
 * {@code prov:wasQuotedFrom} the next entity upstream in the chains, with a {@code prov:qualifiedQuotation}: a
 * {@code prov:Quotation} whose {@code prov:entity} is that upstream entity, {@code qt:statedIn} the article whose
 * sentence {@code qt:evidence} states the hop, {@code qt:inferred} and {@code qt:confidence}.</li>
 * <li>An inferred hop (stated by no article, proposed from the wording) has only the qualified quotation, with
 * {@code qt:inferred true} and its confidence below 1: no plain {@code prov:wasQuotedFrom} asserts it.</li>
 * <li>Every article {@code prov:hadPrimarySource} the graph's primary source: the utterance when nobody relayed
 * it, else the first publisher's release (its dispatch, or that outlet's earliest article).</li>
 * <li>Sources ({@code urn:quotetrail:source:ID}) are {@code prov:Agent}s, also {@code prov:Person} or
 * {@code prov:Organization}.</li>
 * </ul>
 * {@code qt:} is {@value ResourceIris#VOCABULARY}.
 */
public final class ProvenanceJsonLd {

    private ProvenanceJsonLd() {
    }

    public static ObjectNode document(QuoteDetail quote, QuoteGraph graph) {
        return new Builder(quote, graph).build();
    }

    static ObjectNode context() {
        ObjectNode context = JsonLdNodes.JSON.objectNode()
                .put("prov", "http://www.w3.org/ns/prov#")
                .put("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .put("xsd", "http://www.w3.org/2001/XMLSchema#")
                .put("dcterms", "http://purl.org/dc/terms/")
                .put("schema", "http://schema.org/")
                .put("qt", ResourceIris.VOCABULARY)
                .put("Entity", "prov:Entity")
                .put("Agent", "prov:Agent")
                .put("Person", "prov:Person")
                .put("Organization", "prov:Organization")
                .put("Quotation", "prov:Quotation")
                .put("value", "prov:value")
                .put("label", "rdfs:label")
                .put("title", "dcterms:title")
                .put("identifier", "dcterms:identifier")
                .put("sourceKind", "qt:sourceKind")
                .put("medium", "qt:medium")
                .put("evidence", "qt:evidence");
        for (String reference : List.of("prov:wasQuotedFrom", "prov:hadPrimarySource", "prov:wasAttributedTo",
                "prov:entity", "dcterms:isPartOf", "schema:url", "qt:statedIn")) {
            term(context, reference, "@id");
        }
        context.putObject("qualifiedQuotation").put("@id", "prov:qualifiedQuotation");
        context.putObject("issued").put("@id", "dcterms:issued").put("@type", "xsd:date");
        context.putObject("created").put("@id", "dcterms:created").put("@type", "xsd:date");
        context.putObject("inferred").put("@id", "qt:inferred").put("@type", "xsd:boolean");
        context.putObject("confidence").put("@id", "qt:confidence").put("@type", "xsd:double");
        return context;
    }

    /** "prov:entity" becomes the term "entity", "dcterms:isPartOf" the term "isPartOf". */
    private static void term(ObjectNode context, String compactIri, String type) {
        context.putObject(compactIri.substring(compactIri.indexOf(':') + 1)).put("@id", compactIri).put("@type", type);
    }

    private static final class Builder {

        private final QuoteDetail quote;
        private final QuoteGraph graph;
        private final JsonLdNodes nodes = new JsonLdNodes();
        private final String utterance;
        private final Set<String> speakers = new HashSet<>();
        private final Map<String, String> sourceNames = new LinkedHashMap<>();
        private final Map<String, Appearance> appearancesByArticle = new LinkedHashMap<>();

        Builder(QuoteDetail quote, QuoteGraph graph) {
            this.quote = quote;
            this.graph = graph;
            this.utterance = ResourceIris.quote(quote.getId());
        }

        ObjectNode build() {
            collectSources();
            ObjectNode said = nodes.node(utterance, "Entity");
            JsonLdNodes.add(said, "value", quote.getCanonicalText());
            if (quote.hasSpeaker()) {
                JsonLdNodes.add(said, "wasAttributedTo", agent(quote.getSpeaker()));
            }
            JsonLdNodes.add(said, "created", quote.getOccasionDate());
            JsonLdNodes.add(said, "medium", quote.getMedium());
            if (!quote.getPartOf().isEmpty()) {
                JsonLdNodes.add(said, "isPartOf", ResourceIris.quote(quote.getPartOf()));
            }
            for (GraphNode node : graph.getNodesList()) {
                agent(node.getSource());
            }
            for (Appearance appearance : quote.getAppearancesList()) {
                describeArticle(appearance);
            }
            for (GraphEdge edge : graph.getEdgesList()) {
                for (EdgeEvidence evidence : edge.getEvidenceList()) {
                    ObjectNode downstream = isOutletOf(evidence.getArticleId(), edge.getToSourceId())
                            ? nodes.node(ResourceIris.article(evidence.getArticleId()), "Entity")
                            : entityOf(edge.getToSourceId());
                    quotation(downstream, entityOf(edge.getFromSourceId()), evidence.getArticleId(), evidence.getText(),
                            edge.getInferred(), edge.getConfidence());
                }
            }
            for (Appearance appearance : quote.getAppearancesList()) {
                quotedFromLastIntermediary(appearance);
            }
            linkPrimarySource();
            return nodes.document(context());
        }

        /** Names of every source, and which ones spoke: a speaker's own "relay" is the utterance itself. */
        private void collectSources() {
            for (GraphNode node : graph.getNodesList()) {
                sourceNames.putIfAbsent(node.getSource().getId(), node.getSource().getName());
                if (node.getSpeaker()) {
                    speakers.add(node.getSource().getId());
                }
            }
            if (quote.hasSpeaker()) {
                speakers.add(quote.getSpeaker().getId());
            }
            for (Appearance appearance : quote.getAppearancesList()) {
                appearancesByArticle.putIfAbsent(appearance.getArticleId(), appearance);
                List<Hop> chain = appearance.getOccurrence().getChainList();
                for (Hop hop : chain) {
                    sourceNames.putIfAbsent(hop.getSource().getId(), hop.getSource().getName());
                }
                if (!chain.isEmpty()) {
                    speakers.add(chain.get(0).getSource().getId());
                }
            }
        }

        /** The agent's IRI; the agent is described once. */
        private String agent(SourceRef source) {
            String iri = ResourceIris.source(source.getId());
            if (!nodes.contains(iri)) {
                ObjectNode agent = nodes.node(iri, "Agent");
                if (source.getKind() == SourceKind.PERSON) {
                    JsonLdNodes.add(agent, "@type", "Person");
                } else if (source.getKind() != SourceKind.SOURCE_KIND_UNSPECIFIED && source.getKind() != SourceKind.UNRECOGNIZED) {
                    JsonLdNodes.add(agent, "@type", "Organization");
                }
                JsonLdNodes.add(agent, "label", source.getName());
                JsonLdNodes.add(agent, "sourceKind", ArticleMapper.kindName(source.getKind()));
            }
            return iri;
        }

        private void describeArticle(Appearance appearance) {
            ObjectNode article = nodes.node(ResourceIris.article(appearance.getArticleId()), "Entity");
            JsonLdNodes.add(article, "title", appearance.getTitle());
            JsonLdNodes.add(article, "identifier", appearance.getExternalId());
            JsonLdNodes.add(article, "url", appearance.getUrl());
            JsonLdNodes.add(article, "issued", appearance.getPublishedAt());
            if (appearance.hasOutlet()) {
                JsonLdNodes.add(article, "wasAttributedTo", agent(appearance.getOutlet()));
            }
        }

        /**
         * Whether a hop into this source, stated in this article, reaches the article itself (the source is the
         * article's outlet) rather than an intermediary's relay. For an article the quote does not list (one of a
         * fragment's), the graph's outlet mark decides.
         */
        private boolean isOutletOf(String articleId, String sourceId) {
            Appearance appearance = appearancesByArticle.get(articleId);
            if (appearance != null) {
                return appearance.hasOutlet() && appearance.getOutlet().getId().equals(sourceId);
            }
            return graph.getNodesList().stream()
                    .anyMatch(node -> node.getOutlet() && node.getSource().getId().equals(sourceId));
        }

        /** The utterance for a speaker; for anyone else, their relay of it, attributed to them. */
        private ObjectNode entityOf(String sourceId) {
            if (speakers.contains(sourceId)) {
                return nodes.node(utterance, "Entity");
            }
            ObjectNode relay = nodes.node(ResourceIris.relay(quote.getId(), sourceId), "Entity");
            if (!relay.has("wasAttributedTo")) {
                JsonLdNodes.add(relay, "wasAttributedTo", ResourceIris.source(sourceId));
                String name = sourceNames.get(sourceId);
                JsonLdNodes.add(relay, "label", name == null || name.isEmpty() ? null : "the quote as " + name + " carried it");
            }
            return relay;
        }

        /**
         * An article whose outlet is unknown (or is not its chain's last hop) took the quote from the chain's last
         * source: the graph has no hop into the article, so the link comes from the chain.
         */
        private void quotedFromLastIntermediary(Appearance appearance) {
            Occurrence occurrence = appearance.getOccurrence();
            if (occurrence.getChainCount() == 0) {
                return;
            }
            Hop last = occurrence.getChain(occurrence.getChainCount() - 1);
            if (appearance.hasOutlet() && appearance.getOutlet().getId().equals(last.getSource().getId())) {
                return;
            }
            quotation(nodes.node(ResourceIris.article(appearance.getArticleId()), "Entity"),
                    entityOf(last.getSource().getId()), appearance.getArticleId(), last.getEvidence(), false, 1.0);
        }

        private void quotation(ObjectNode downstream, ObjectNode upstream, String articleId, String evidence,
                               boolean inferred, double confidence) {
            String from = upstream.get("@id").asText();
            if (from.equals(downstream.get("@id").asText())) {
                return;
            }
            if (!inferred) {
                JsonLdNodes.add(downstream, "wasQuotedFrom", from);
            }
            ObjectNode quotation = JsonLdNodes.JSON.objectNode().put("@type", "Quotation").put("entity", from);
            if (!articleId.isEmpty()) {
                String article = ResourceIris.article(articleId);
                nodes.node(article, "Entity");
                quotation.put("statedIn", article);
            }
            JsonLdNodes.add(quotation, "evidence", evidence);
            quotation.put("inferred", inferred).put("confidence", confidence);
            JsonLdNodes.add(downstream, "qualifiedQuotation", quotation);
        }

        private void linkPrimarySource() {
            String primary = graph.getPrimarySourceId();
            if (primary.isEmpty()) {
                return;
            }
            String primaryIri = primaryEntity(primary);
            for (String articleId : appearancesByArticle.keySet()) {
                String article = ResourceIris.article(articleId);
                if (!article.equals(primaryIri)) {
                    JsonLdNodes.add(nodes.node(article, "Entity"), "hadPrimarySource", TextNode.valueOf(primaryIri));
                }
            }
        }

        /** The utterance, the primary outlet's earliest article, or the primary intermediary's relay. */
        private String primaryEntity(String primarySourceId) {
            if (speakers.contains(primarySourceId)) {
                return utterance;
            }
            for (Appearance appearance : quote.getAppearancesList()) {
                if (appearance.hasOutlet() && appearance.getOutlet().getId().equals(primarySourceId)) {
                    return ResourceIris.article(appearance.getArticleId());
                }
            }
            return entityOf(primarySourceId).get("@id").asText();
        }
    }
}
