package io.quotetrail.gateway.service;

import io.quotetrail.gateway.grpc.QuoteServiceGateway;
import io.quotetrail.gateway.mapping.QuoteMapper;
import io.quotetrail.gateway.rest.dto.QuoteDetailView;
import io.quotetrail.gateway.rest.dto.QuoteGraphView;
import io.quotetrail.gateway.rest.dto.QuotePageView;
import io.quotetrail.proto.quote.v1.SearchQuotesRequest;
import io.quotetrail.gateway.rest.dto.TraceSubmission;
import io.quotetrail.gateway.rest.dto.TraceView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Quotes as the public API sees them; quote-service owns them. */
@ApplicationScoped
public class QuoteLookup {

    private final QuoteServiceGateway quoteService;
    private final QuoteMapper mapper;

    public QuoteLookup(QuoteServiceGateway quoteService, QuoteMapper mapper) {
        this.quoteService = quoteService;
        this.mapper = mapper;
    }

    public Uni<QuoteDetailView> find(String id) {
        return quoteService.getQuote(id).map(mapper::toView);
    }

    public Uni<QuoteGraphView> graph(String id) {
        return quoteService.getQuoteGraph(id).map(mapper::toView);
    }

    public Uni<QuotePageView> search(String text, String speaker, String sourceId, String from, String to,
                                     Integer pageSize, String pageToken) {
        SearchQuotesRequest request = SearchQuotesRequest.newBuilder()
                .setText(orEmpty(text)).setSpeaker(orEmpty(speaker)).setSourceId(orEmpty(sourceId))
                .setFrom(orEmpty(from)).setTo(orEmpty(to)).setPageSize(pageSize == null ? 0 : pageSize)
                .setPageToken(orEmpty(pageToken)).build();
        return quoteService.searchQuotes(request).map(mapper::toView);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public Uni<TraceView> trace(TraceSubmission submission) {
        return quoteService.trace(mapper.toTraceRequest(submission)).map(mapper::toView);
    }

    /** The graph in Graphviz DOT, as quote-service draws it. */
    public Uni<String> graphDot(String id) {
        return quoteService.getQuoteGraph(id).map(graph -> graph.getDot());
    }
}
