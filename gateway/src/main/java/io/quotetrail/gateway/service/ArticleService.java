package io.quotetrail.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.grpc.Status;
import io.quotetrail.gateway.grpc.QuoteServiceGateway;
import io.quotetrail.gateway.mapping.ArticleMapper;
import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.rest.dto.ArticleView;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Articles as the public API sees them. quote-service owns them; the gateway only translates. Requests reach
 * this class already validated, so a rejected request never costs a backend call.
 */
@ApplicationScoped
public class ArticleService {

    private final QuoteServiceGateway quoteService;
    private static final byte[] EXPORT_START = "{\"articles\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ARTICLE_SEPARATOR = ",".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXPORT_END = "]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY_EXPORT = "{\"articles\":[]}".getBytes(StandardCharsets.UTF_8);

    private final ArticleMapper mapper;
    private final ObjectMapper json;

    public ArticleService(QuoteServiceGateway quoteService, ArticleMapper mapper, ObjectMapper json) {
        this.quoteService = quoteService;
        this.mapper = mapper;
        this.json = json;
    }

    public Uni<IngestOutcome> ingest(ArticleSubmission submission) {
        return quoteService.ingestArticle(mapper.toIngestRequest(submission))
                .map(response -> new IngestOutcome(mapper.toArticleView(response.getArticle()), response.getCreated()));
    }

    /**
     * Each article through one quote-service stream, in order: one outcome per article, a refused one with its
     * status. Each article is stored or not on its own; the batch as a whole is not one transaction.
     */
    public Uni<List<BatchOutcome>> ingestBatch(List<ArticleSubmission> submissions) {
        List<IngestArticleRequest> requests = submissions.stream().map(mapper::toIngestRequest).toList();
        return quoteService.ingestArticles(requests)
                .map(result -> result.hasIngested()
                        ? BatchOutcome.ingested(result.getIndex(), new IngestOutcome(
                                mapper.toArticleView(result.getIngested().getArticle()), result.getIngested().getCreated()))
                        : BatchOutcome.failed(result.getIndex(), Status.fromCode(errorCode(result.getError().getCode()))
                                .withDescription(result.getError().getMessage())))
                .collect().asList();
    }

    private static Status.Code errorCode(String name) {
        try {
            return Status.Code.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Status.Code.UNKNOWN;
        }
    }

    public Uni<ArticleView> find(String id, boolean includeText) {
        return quoteService.getArticle(id, includeText).map(mapper::toArticleView);
    }

    /**
     * The export as the bytes of one JSON document, {"articles": [...]}, written as the articles
     * arrive: the gateway never holds the whole store. The document opens with the first article,
     * so that a backend failing at once still becomes an error answer rather than a cut document.
     */
    public Multi<byte[]> exportJson() {
        AtomicBoolean first = new AtomicBoolean(true);
        return quoteService.exportArticles()
                .map(article -> {
                    byte[] json = json(mapper.toArticleView(article));
                    byte[] prefix = first.getAndSet(false) ? EXPORT_START : ARTICLE_SEPARATOR;
                    byte[] chunk = java.util.Arrays.copyOf(prefix, prefix.length + json.length);
                    System.arraycopy(json, 0, chunk, prefix.length, json.length);
                    return chunk;
                })
                .onCompletion().switchTo(() -> Multi.createFrom().item(first.get() ? EMPTY_EXPORT : EXPORT_END));
    }

    private byte[] json(ArticleView article) {
        try {
            return json.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article view cannot be written as JSON", e);
        }
    }
}
