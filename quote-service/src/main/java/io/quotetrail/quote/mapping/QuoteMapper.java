package io.quotetrail.quote.mapping;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.DiffPart;
import io.quotetrail.proto.quote.v1.EdgeEvidence;
import io.quotetrail.proto.quote.v1.GraphEdge;
import io.quotetrail.proto.quote.v1.GraphNode;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.QuoteSummary;
import io.quotetrail.proto.quote.v1.Variant;
import io.quotetrail.quote.model.Quote;
import io.quotetrail.quote.provenance.ProvenanceGraph;
import io.quotetrail.quote.provenance.WordDiff;
import io.quotetrail.quote.service.QuoteReader;
import io.quotetrail.quote.service.QuoteTracer;
import io.quotetrail.quote.service.QuoteSearch;
import io.quotetrail.proto.quote.v1.QuoteHit;
import io.quotetrail.proto.quote.v1.SearchQuotesResponse;
import io.quotetrail.proto.quote.v1.TraceMatch;
import io.quotetrail.proto.quote.v1.TraceResponse;

/** Quotes and their provenance to their gRPC messages. */
public final class QuoteMapper {

    private QuoteMapper() {
    }

    public static QuoteDetail toProto(QuoteReader.QuoteView view) {
        Quote quote = view.quote();
        QuoteDetail.Builder builder = QuoteDetail.newBuilder()
                .setId(quote.id.toString())
                .setCanonicalText(quote.canonicalText)
                .setMedium(quote.medium == null ? "" : quote.medium)
                .setOccasionDate(quote.occasionDate == null ? "" : quote.occasionDate.toString())
                .setPartOf(quote.partOf == null ? "" : quote.partOf.toString());
        if (view.firstAppearance() != null) {
            builder.setFirstAppearance(appearance(view.firstAppearance()));
            var speaker = ArticleMapper.toProto(view.firstAppearance().occurrence());
            if (speaker.hasSpeaker()) {
                builder.setSpeaker(speaker.getSpeaker());
            }
        }
        for (QuoteReader.Variant variant : view.variants()) {
            Variant.Builder v = Variant.newBuilder().setText(variant.text()).setOccurrences(variant.occurrences())
                    .addAllOutlets(variant.outlets());
            variant.diff().forEach(part -> v.addDiff(diffPart(part)));
            builder.addVariants(v);
        }
        for (Quote fragment : view.fragments()) {
            builder.addFragments(QuoteSummary.newBuilder().setId(fragment.id.toString()).setCanonicalText(fragment.canonicalText));
        }
        view.appearances().forEach(a -> builder.addAppearances(appearance(a)));
        return builder.build();
    }

    public static QuoteGraph toProto(String quoteId, String title, ProvenanceGraph graph) {
        QuoteGraph.Builder builder = QuoteGraph.newBuilder()
                .setQuoteId(quoteId)
                .setPrimarySourceId(graph.primarySourceId() == null ? "" : graph.primarySourceId())
                .setDot(graph.toDot(title));
        for (ProvenanceGraph.Node node : graph.nodes()) {
            builder.addNodes(GraphNode.newBuilder()
                    .setSource(ArticleMapper.sourceRef(java.util.UUID.fromString(node.id()), node.name(), node.kind()))
                    .setSpeaker(node.speaker()).setOutlet(node.outlet()));
        }
        for (ProvenanceGraph.Edge edge : graph.edges()) {
            GraphEdge.Builder e = GraphEdge.newBuilder().setFromSourceId(edge.from()).setToSourceId(edge.to())
                    .setInferred(edge.inferred()).setConfidence(edge.confidence());
            edge.evidence().forEach(ev -> e.addEvidence(EdgeEvidence.newBuilder().setArticleId(ev.articleId())
                    .setText(ev.text() == null ? "" : ev.text())));
            builder.addEdges(e);
        }
        return builder.build();
    }

    public static TraceResponse toProto(java.util.List<QuoteTracer.Match> matches) {
        TraceResponse.Builder response = TraceResponse.newBuilder();
        for (QuoteTracer.Match match : matches) {
            TraceMatch.Builder m = TraceMatch.newBuilder()
                    .setSimilarity(match.similarity())
                    .setQuote(toProto(match.quote()))
                    .setGraph(toProto(match.quote().quote().id.toString(), match.quote().quote().canonicalText,
                            QuoteReader.graphOf(match.quote())));
            match.diff().forEach(part -> m.addDiff(diffPart(part)));
            response.addMatches(m);
        }
        return response.build();
    }

    public static SearchQuotesResponse toProto(QuoteSearch.Page page) {
        SearchQuotesResponse.Builder response = SearchQuotesResponse.newBuilder().setNextPageToken(page.nextPageToken());
        for (QuoteSearch.Hit hit : page.hits()) {
            response.addQuotes(QuoteHit.newBuilder()
                    .setId(hit.id().toString())
                    .setCanonicalText(hit.canonicalText())
                    .setSpeakerName(hit.speakerName() == null ? "" : hit.speakerName())
                    .setOccasionDate(hit.occasionDate() == null ? "" : hit.occasionDate().toString())
                    .setOccurrences(hit.occurrences())
                    .setPartOf(hit.partOf() == null ? "" : hit.partOf().toString()));
        }
        return response.build();
    }

    private static DiffPart diffPart(WordDiff.Part part) {
        return DiffPart.newBuilder().setOp(DiffPart.Op.valueOf(part.op().name())).setText(part.text()).build();
    }

    private static Appearance appearance(QuoteReader.Appearance appearance) {
        var article = appearance.article();
        Appearance.Builder builder = Appearance.newBuilder()
                .setArticleId(article.id.toString())
                .setExternalId(article.externalId == null ? "" : article.externalId)
                .setPublishedAt(article.publishedAt == null ? "" : article.publishedAt.toString())
                .setUrl(article.url == null ? "" : article.url)
                .setTitle(article.title == null ? "" : article.title)
                .setOccurrence(ArticleMapper.toProto(appearance.occurrence()));
        if (article.outletSourceId != null) {
            builder.setOutlet(ArticleMapper.sourceRef(article.outletSourceId, article.outletName, article.outletKind));
        }
        return builder.build();
    }
}
