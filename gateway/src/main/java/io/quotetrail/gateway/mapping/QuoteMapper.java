package io.quotetrail.gateway.mapping;

import static io.quotetrail.gateway.mapping.ArticleMapper.emptyToNull;

import io.quotetrail.gateway.rest.dto.QuoteDetailView;
import io.quotetrail.gateway.rest.dto.QuoteGraphView;
import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.TraceRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesResponse;
import io.quotetrail.gateway.rest.dto.QuotePageView;
import io.quotetrail.proto.quote.v1.TraceResponse;
import io.quotetrail.gateway.rest.dto.TraceSubmission;
import io.quotetrail.gateway.rest.dto.TraceView;
import jakarta.enterprise.context.ApplicationScoped;

/** Quotes and provenance graphs from their gRPC messages to the REST bodies. */
@ApplicationScoped
public class QuoteMapper {

    private final ArticleMapper articles;

    public QuoteMapper(ArticleMapper articles) {
        this.articles = articles;
    }

    public QuoteDetailView toView(QuoteDetail quote) {
        return new QuoteDetailView(
                quote.getId(),
                quote.getCanonicalText(),
                quote.hasSpeaker() ? articles.toSourceView(quote.getSpeaker()) : null,
                emptyToNull(quote.getMedium()),
                emptyToNull(quote.getOccasionDate()),
                emptyToNull(quote.getPartOf()),
                quote.hasFirstAppearance() ? appearance(quote.getFirstAppearance()) : null,
                quote.getVariantsList().stream().map(v -> new QuoteDetailView.Variant(v.getText(), v.getOccurrences(),
                        v.getOutletsList(), v.getDiffList().stream()
                        .map(d -> new QuoteDetailView.DiffPart(d.getOp().name(), d.getText())).toList())).toList(),
                quote.getFragmentsList().stream()
                        .map(f -> new QuoteDetailView.QuoteSummary(f.getId(), f.getCanonicalText())).toList(),
                quote.getAppearancesList().stream().map(this::appearance).toList());
    }

    public QuoteGraphView toView(QuoteGraph graph) {
        return new QuoteGraphView(
                graph.getQuoteId(),
                emptyToNull(graph.getPrimarySourceId()),
                graph.getNodesList().stream().map(n -> new QuoteGraphView.Node(n.getSource().getId(),
                        n.getSource().getName(), ArticleMapper.kindName(n.getSource().getKind()), n.getSpeaker(),
                        n.getOutlet())).toList(),
                graph.getEdgesList().stream().map(e -> new QuoteGraphView.Edge(e.getFromSourceId(), e.getToSourceId(),
                        e.getEvidenceList().stream()
                                .map(ev -> new QuoteGraphView.Evidence(ev.getArticleId(), ev.getText())).toList(),
                        e.getInferred(), e.getConfidence()))
                        .toList());
    }

    public TraceRequest toTraceRequest(TraceSubmission submission) {
        return TraceRequest.newBuilder().setText(submission.text())
                .setLimit(submission.limit() == null ? 0 : submission.limit()).build();
    }

    public TraceView toView(TraceResponse response) {
        return new TraceView(response.getMatchesList().stream().map(m -> new TraceView.Match(
                m.getSimilarity(), toView(m.getQuote()),
                m.getDiffList().stream().map(d -> new QuoteDetailView.DiffPart(d.getOp().name(), d.getText())).toList(),
                toView(m.getGraph()))).toList());
    }

    public QuotePageView toView(SearchQuotesResponse page) {
        return new QuotePageView(page.getQuotesList().stream().map(hit -> new QuotePageView.Hit(hit.getId(),
                hit.getCanonicalText(), emptyToNull(hit.getSpeakerName()), emptyToNull(hit.getOccasionDate()),
                hit.getOccurrences(), emptyToNull(hit.getPartOf()))).toList(), emptyToNull(page.getNextPageToken()));
    }

    private QuoteDetailView.Appearance appearance(Appearance appearance) {
        return new QuoteDetailView.Appearance(
                appearance.getArticleId(),
                emptyToNull(appearance.getExternalId()),
                appearance.hasOutlet() ? articles.toSourceView(appearance.getOutlet()) : null,
                emptyToNull(appearance.getPublishedAt()),
                articles.toQuoteView(appearance.getOccurrence()));
    }
}
