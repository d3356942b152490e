package io.quotetrail.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotetrail.gateway.grpc.QuoteServiceGateway;
import io.quotetrail.gateway.mapping.ArticleMapper;
import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.rest.dto.ArticleView;
import io.quotetrail.gateway.rest.dto.ExportView;
import io.smallrye.mutiny.Uni;

/**
 * Articles as the public API sees them. quote-service owns them; the gateway only translates. Requests reach
 * this class already validated, so a rejected request never costs a backend call.
 */
@ApplicationScoped
public class ArticleService {

    private final QuoteServiceGateway quoteService;
    private final ArticleMapper mapper;

    public ArticleService(QuoteServiceGateway quoteService, ArticleMapper mapper) {
        this.quoteService = quoteService;
        this.mapper = mapper;
    }

    public Uni<IngestOutcome> ingest(ArticleSubmission submission) {
        return quoteService.ingestArticle(mapper.toIngestRequest(submission))
                .map(response -> new IngestOutcome(mapper.toArticleView(response.getArticle()), response.getCreated()));
    }

    public Uni<ArticleView> find(String id) {
        return quoteService.getArticle(id).map(mapper::toArticleView);
    }

    public Uni<ExportView> export() {
        return quoteService.export().map(mapper::toExportView);
    }
}
