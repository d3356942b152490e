package io.quotetrail.gateway.grpc;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;

import io.grpc.Metadata;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.GrpcClientUtils;
import io.quarkus.grpc.GrpcService;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.ExportRequest;
import io.quotetrail.proto.quote.v1.ExportResponse;
import io.quotetrail.proto.quote.v1.GetArticleRequest;
import io.quotetrail.proto.quote.v1.GetQuoteRequest;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.IngestArticleResponse;
import io.quotetrail.proto.quote.v1.IngestResult;
import io.quotetrail.proto.quote.v1.MutinyQuoteServiceGrpc.MutinyQuoteServiceStub;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.QuoteService;
import io.quotetrail.proto.quote.v1.SearchQuotesRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesResponse;
import io.quotetrail.proto.quote.v1.TraceRequest;
import io.quotetrail.proto.quote.v1.TraceResponse;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's gRPC face: the same {@code QuoteService} contract quote-service serves, for gRPC
 * clients outside the cluster, on the gateway's port. The gateway checks the token and the role,
 * as it does for REST, then passes the call on with the caller's token (quote-service checks it
 * again) and a fresh deadline; the backend's status comes back unchanged.
 */
@GrpcService
public class QuoteGrpcFacade implements QuoteService {

    private final MutinyQuoteServiceStub backend;
    private final BackendCallConfig deadlines;
    private final CurrentIdentityAssociation identity;

    public QuoteGrpcFacade(@GrpcClient("quote") MutinyQuoteServiceStub backend, BackendCallConfig deadlines,
            CurrentIdentityAssociation identity) {
        this.backend = backend;
        this.deadlines = deadlines;
        this.identity = identity;
    }

    @Override
    @RolesAllowed("editor")
    public Uni<IngestArticleResponse> ingestArticle(IngestArticleRequest request) {
        return asCaller(deadlines.ingest()).chain(stub -> stub.ingestArticle(request));
    }

    /** No overall deadline: a stream lasts as long as its client keeps sending; each article is bounded by quote-service. */
    @Override
    @RolesAllowed("editor")
    public Multi<IngestResult> ingestArticles(Multi<IngestArticleRequest> requests) {
        return asCaller(null).onItem().transformToMulti(stub -> stub.ingestArticles(requests));
    }

    @Override
    @RolesAllowed("reader")
    public Uni<Article> getArticle(GetArticleRequest request) {
        return asCaller(deadlines.read()).chain(stub -> stub.getArticle(request));
    }

    @Override
    @RolesAllowed("reader")
    @SuppressWarnings("deprecation") // passed through for the clients that still call it
    public Uni<ExportResponse> export(ExportRequest request) {
        return asCaller(deadlines.read()).chain(stub -> stub.export(request));
    }

    /** No overall deadline, as for the ingest stream: quote-service reads the store a page at a time. */
    @Override
    @RolesAllowed("reader")
    public Multi<Article> exportArticles(ExportRequest request) {
        return asCaller(null).onItem().transformToMulti(stub -> stub.exportArticles(request));
    }

    @Override
    @RolesAllowed("reader")
    public Uni<QuoteDetail> getQuote(GetQuoteRequest request) {
        return asCaller(deadlines.read()).chain(stub -> stub.getQuote(request));
    }

    @Override
    @RolesAllowed("reader")
    public Uni<QuoteGraph> getQuoteGraph(GetQuoteRequest request) {
        return asCaller(deadlines.read()).chain(stub -> stub.getQuoteGraph(request));
    }

    @Override
    @RolesAllowed("reader")
    public Uni<TraceResponse> trace(TraceRequest request) {
        return asCaller(deadlines.read()).chain(stub -> stub.trace(request));
    }

    @Override
    @RolesAllowed("reader")
    public Uni<SearchQuotesResponse> searchQuotes(SearchQuotesRequest request) {
        return asCaller(deadlines.read()).chain(stub -> stub.searchQuotes(request));
    }

    /**
     * The backend stub carrying this caller's token, with a deadline counted from now when one is
     * given. The identity is read without blocking: the gateway authenticates lazily.
     */
    private Uni<MutinyQuoteServiceStub> asCaller(Duration deadline) {
        return identity.getDeferredIdentity().map(caller -> {
            Metadata headers = new Metadata();
            AccessTokenCredential token = caller.getCredential(AccessTokenCredential.class);
            if (token != null) {
                headers.put(BearerTokenForwardingInterceptor.AUTHORIZATION, "Bearer " + token.getToken());
            }
            MutinyQuoteServiceStub stub = GrpcClientUtils.attachHeaders(backend, headers);
            return deadline == null ? stub : stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
        });
    }
}
