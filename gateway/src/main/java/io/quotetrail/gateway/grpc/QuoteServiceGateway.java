package io.quotetrail.gateway.grpc;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.grpc.GrpcClient;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.ExportRequest;
import io.quotetrail.proto.quote.v1.GetArticleRequest;
import io.quotetrail.proto.quote.v1.GetQuoteRequest;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.TraceRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesResponse;
import io.quotetrail.proto.quote.v1.TraceResponse;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.IngestArticleResponse;
import io.quotetrail.proto.quote.v1.IngestResult;
import io.quotetrail.proto.quote.v1.MutinyQuoteServiceGrpc.MutinyQuoteServiceStub;
import io.grpc.Status;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's calls to quote-service. Each call gets its own deadline, counted from the moment it is made.
 * Failures arrive as {@link io.grpc.StatusRuntimeException} and are turned into HTTP answers by the REST
 * layer's exception mappers.
 */
@ApplicationScoped
public class QuoteServiceGateway {

    private final MutinyQuoteServiceStub quoteService;
    private final BackendCallConfig deadlines;

    public QuoteServiceGateway(@GrpcClient("quote") MutinyQuoteServiceStub quoteService, BackendCallConfig deadlines) {
        this.quoteService = quoteService;
        this.deadlines = deadlines;
    }

    public Uni<IngestArticleResponse> ingestArticle(IngestArticleRequest request) {
        return withDeadline(deadlines.ingest().toMillis()).ingestArticle(request);
    }

    /**
     * Articles through one IngestArticles stream, one result per article in their order. No deadline for the
     * whole stream (it grows with the batch); each result must come within the ingest deadline of the previous one.
     */
    public Multi<IngestResult> ingestArticles(List<IngestArticleRequest> requests) {
        return eachWithin(quoteService.ingestArticles(Multi.createFrom().iterable(requests)), deadlines.ingest(),
                "ingest result");
    }

    public Uni<Article> getArticle(String id, boolean includeText) {
        return withDeadline(deadlines.read().toMillis())
                .getArticle(GetArticleRequest.newBuilder().setId(id).setIncludeText(includeText).build());
    }

    public Uni<QuoteDetail> getQuote(String id) {
        return withDeadline(deadlines.read().toMillis()).getQuote(GetQuoteRequest.newBuilder().setId(id).build());
    }

    public Uni<QuoteGraph> getQuoteGraph(String id) {
        return withDeadline(deadlines.read().toMillis()).getQuoteGraph(GetQuoteRequest.newBuilder().setId(id).build());
    }

    public Uni<TraceResponse> trace(TraceRequest request) {
        return withDeadline(deadlines.read().toMillis()).trace(request);
    }

    public Uni<SearchQuotesResponse> searchQuotes(SearchQuotesRequest request) {
        return withDeadline(deadlines.read().toMillis()).searchQuotes(request);
    }

    /**
     * Every article, oldest first, as quote-service streams them. No deadline for the whole export
     * (a large store takes long); each article must come within the read deadline of the previous one.
     */
    public Multi<Article> exportArticles() {
        return eachWithin(quoteService.exportArticles(ExportRequest.getDefaultInstance()), deadlines.read(), "article");
    }

    /** A stream whose every item must come within {@code deadline} of the one before, else DEADLINE_EXCEEDED. */
    private static <T> Multi<T> eachWithin(Multi<T> items, Duration deadline, String item) {
        return items.ifNoItem().after(deadline).failWith(() -> Status.DEADLINE_EXCEEDED
                .withDescription("quote-service sent no " + item + " within " + deadline).asRuntimeException());
    }

    private MutinyQuoteServiceStub withDeadline(long millis) {
        return quoteService.withDeadlineAfter(millis, TimeUnit.MILLISECONDS);
    }
}
