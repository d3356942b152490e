package io.quotetrail.quote.grpc;

import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.ExportRequest;
import io.quotetrail.proto.quote.v1.ExportResponse;
import io.quotetrail.proto.quote.v1.GetArticleRequest;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.IngestArticleResponse;
import io.quotetrail.proto.quote.v1.IngestError;
import io.quotetrail.proto.quote.v1.IngestResult;
import io.quotetrail.proto.quote.v1.QuoteService;
import io.quotetrail.proto.quote.v1.GetQuoteRequest;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.quote.mapping.ArticleMapper;
import io.quotetrail.quote.mapping.QuoteMapper;
import io.quotetrail.quote.service.QuoteReader;
import io.quotetrail.quote.service.QuoteTracer;
import io.quotetrail.quote.service.QuoteSearch;
import io.quotetrail.proto.quote.v1.SearchQuotesRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesResponse;
import io.quotetrail.proto.quote.v1.TraceRequest;
import io.quotetrail.proto.quote.v1.TraceResponse;
import io.quotetrail.quote.service.ArticleReader;
import io.quotetrail.quote.service.IngestService;
import io.quotetrail.quote.service.InvalidArgumentException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The gRPC face of quote-service: authorisation, message mapping and status codes only. */
@GrpcService
public class QuoteGrpcService implements QuoteService {

    private final IngestService ingestService;
    private final ArticleReader reader;
    private final QuoteReader quoteReader;
    private final QuoteTracer tracer;
    private final QuoteSearch search;
    private final SecurityIdentity identity;

    public QuoteGrpcService(IngestService ingestService, ArticleReader reader, QuoteReader quoteReader,
                            QuoteTracer tracer, QuoteSearch search, SecurityIdentity identity) {
        this.search = search;
        this.ingestService = ingestService;
        this.reader = reader;
        this.quoteReader = quoteReader;
        this.tracer = tracer;
        this.identity = identity;
    }

    @Override
    @RolesAllowed("editor")
    public Uni<IngestArticleResponse> ingestArticle(IngestArticleRequest request) {
        return ingestService.ingest(request, callerAuthorization())
                .map(ArticleMapper::toResponse)
                .onFailure().transform(GrpcErrors::toStatus);
    }

    /** One result per article, in order; a failed article is reported and the stream goes on. */
    @Override
    @RolesAllowed("editor")
    public Multi<IngestResult> ingestArticles(Multi<IngestArticleRequest> requests) {
        String authorization = callerAuthorization();
        AtomicInteger index = new AtomicInteger();
        // One article at a time, in order: a stream's results leave in the order its articles came.
        return requests.onItem().transformToUniAndConcatenate(
                request -> ingestOne(request, index.getAndIncrement(), authorization));
    }

    /** One article of a stream; a failure becomes its result, not the end of the stream. */
    private Uni<IngestResult> ingestOne(IngestArticleRequest request, int position, String authorization) {
        return ingestService.ingest(request, authorization)
                .map(outcome -> IngestResult.newBuilder().setIndex(position)
                        .setIngested(ArticleMapper.toResponse(outcome)).build())
                .onFailure().recoverWithItem(failure -> {
                    Status status = GrpcErrors.status(failure);
                    return IngestResult.newBuilder().setIndex(position)
                            .setError(IngestError.newBuilder().setCode(status.getCode().name())
                                    .setMessage(status.getDescription() == null ? "" : status.getDescription()))
                            .build();
                });
    }

    @Override
    @RolesAllowed("reader")
    public Uni<Article> getArticle(GetArticleRequest request) {
        return Uni.createFrom().item(() -> parseId(request.getId()))
                .chain(id -> reader.get(id).map(ArticleMapper::toProto).chain(article -> !request.getIncludeText()
                        ? Uni.createFrom().item(article)
                        : reader.text(id).map(text -> article.toBuilder().setText(text).build())))
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    @RolesAllowed("reader")
    @SuppressWarnings("deprecation") // kept for the clients that call it; ExportArticles replaces it
    public Uni<ExportResponse> export(ExportRequest request) {
        return reader.exportAll().map(ArticleMapper::toProto).collect().asList()
                .map(articles -> ExportResponse.newBuilder().addAllArticles(articles).build())
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    @RolesAllowed("reader")
    public Multi<Article> exportArticles(ExportRequest request) {
        return reader.exportAll().map(ArticleMapper::toProto).onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    @RolesAllowed("reader")
    public Uni<QuoteDetail> getQuote(GetQuoteRequest request) {
        return Uni.createFrom().item(() -> parseId(request.getId()))
                .chain(quoteReader::get)
                .map(QuoteMapper::toProto)
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    @RolesAllowed("reader")
    public Uni<QuoteGraph> getQuoteGraph(GetQuoteRequest request) {
        return Uni.createFrom().item(() -> parseId(request.getId()))
                .chain(quoteReader::get)
                .map(view -> QuoteMapper.toProto(view.quote().id.toString(), view.quote().canonicalText,
                        QuoteReader.graphOf(view)))
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    @RolesAllowed("reader")
    public Uni<TraceResponse> trace(TraceRequest request) {
        return tracer.trace(request.getText(), request.getLimit())
                .map(QuoteMapper::toProto)
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    @RolesAllowed("reader")
    public Uni<SearchQuotesResponse> searchQuotes(SearchQuotesRequest request) {
        return Uni.createFrom().item(() -> QuoteSearch.criteria(request.getText(), request.getSpeaker(),
                        request.getSourceId(), request.getFrom(), request.getTo(), request.getPageSize(),
                        request.getPageToken()))
                .chain(search::search)
                .map(QuoteMapper::toProto)
                .onFailure().transform(GrpcErrors::toStatus);
    }

    private static UUID parseId(String id) {
        if (id.isBlank()) {
            throw new InvalidArgumentException("id", "is required");
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("id", "must be a UUID");
        }
    }

    /** The caller's own bearer token, to act on its behalf towards source-service. */
    private String callerAuthorization() {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }
}
