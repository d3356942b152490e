package io.quotetrail.gateway.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteSummary;
import io.quotetrail.proto.quote.v1.SourceRef;
import io.quotetrail.proto.source.v1.SourceKind;

/**
 * A quote as a schema.org {@code Claim}, in JSON-LD with an inline context: its canonical wording as
 * {@code text}, the speaker as {@code author}, the occasion as {@code dateCreated}, each article that carries it
 * as an {@code appearance} ({@code NewsArticle} with {@code url}, {@code headline}, {@code publisher},
 * {@code datePublished}, and the wording it printed as a {@code Quotation} it {@code hasPart}), the earliest as
 * {@code firstAppearance}; the fuller quote a fragment comes from as {@code isPartOf}, its fragments as
 * {@code hasPart}. Nodes are named by {@link ResourceIris}.
 */
public final class ClaimJsonLd {

    private ClaimJsonLd() {
    }

    static ObjectNode context() {
        ObjectNode context = JsonLdNodes.JSON.objectNode()
                .put("@vocab", "http://schema.org/")
                .put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.putObject("url").put("@type", "@id");
        context.putObject("dateCreated").put("@type", "xsd:date");
        context.putObject("datePublished").put("@type", "xsd:date");
        return context;
    }

    public static ObjectNode document(QuoteDetail quote) {
        ObjectNode claim = JsonLdNodes.JSON.objectNode();
        claim.set("@context", context());
        claim.put("@id", ResourceIris.quote(quote.getId())).put("@type", "Claim");
        claim.put("text", quote.getCanonicalText());
        if (quote.hasSpeaker()) {
            claim.set("author", agent(quote.getSpeaker()));
        }
        JsonLdNodes.add(claim, "dateCreated", quote.getOccasionDate());

        Map<String, ObjectNode> articles = new LinkedHashMap<>();
        for (Appearance appearance : quote.getAppearancesList()) {
            ObjectNode article = articles.computeIfAbsent(appearance.getArticleId(), id -> newsArticle(appearance));
            JsonLdNodes.add(article, "hasPart", quotation(appearance.getOccurrence()));
        }
        ArrayNode appearances = claim.putArray("appearance");
        articles.values().forEach(appearances::add);
        if (quote.hasFirstAppearance()) {
            Appearance first = quote.getFirstAppearance();
            claim.set("firstAppearance", articles.containsKey(first.getArticleId())
                    ? JsonLdNodes.JSON.objectNode().put("@id", ResourceIris.article(first.getArticleId()))
                    : newsArticle(first).set("hasPart", quotation(first.getOccurrence())));
        }

        if (!quote.getPartOf().isEmpty()) {
            claim.putObject("isPartOf").put("@id", ResourceIris.quote(quote.getPartOf())).put("@type", "Claim");
        }
        for (QuoteSummary fragment : quote.getFragmentsList()) {
            JsonLdNodes.add(claim, "hasPart", JsonLdNodes.JSON.objectNode()
                    .put("@id", ResourceIris.quote(fragment.getId())).put("@type", "Claim")
                    .put("text", fragment.getCanonicalText()));
        }
        return claim;
    }

    private static ObjectNode newsArticle(Appearance appearance) {
        ObjectNode article = JsonLdNodes.JSON.objectNode()
                .put("@id", ResourceIris.article(appearance.getArticleId())).put("@type", "NewsArticle");
        JsonLdNodes.add(article, "url", appearance.getUrl());
        JsonLdNodes.add(article, "headline", appearance.getTitle());
        JsonLdNodes.add(article, "identifier", appearance.getExternalId());
        JsonLdNodes.add(article, "datePublished", appearance.getPublishedAt());
        if (appearance.hasOutlet()) {
            article.set("publisher", agent(appearance.getOutlet()));
        }
        return article;
    }

    /** The wording as this article printed it. */
    private static ObjectNode quotation(Occurrence occurrence) {
        ObjectNode quotation = JsonLdNodes.JSON.objectNode()
                .put("@id", ResourceIris.occurrence(occurrence.getId())).put("@type", "Quotation")
                .put("text", occurrence.getText());
        if (occurrence.hasSpeaker()) {
            quotation.putObject("author").put("@id", ResourceIris.source(occurrence.getSpeaker().getId()));
        }
        return quotation;
    }

    private static ObjectNode agent(SourceRef source) {
        ObjectNode agent = JsonLdNodes.JSON.objectNode().put("@id", ResourceIris.source(source.getId()));
        if (source.getKind() == SourceKind.PERSON) {
            agent.put("@type", "Person");
        } else if (source.getKind() != SourceKind.SOURCE_KIND_UNSPECIFIED && source.getKind() != SourceKind.UNRECOGNIZED) {
            agent.put("@type", "Organization");
        }
        JsonLdNodes.add(agent, "name", source.getName());
        return agent;
    }
}
