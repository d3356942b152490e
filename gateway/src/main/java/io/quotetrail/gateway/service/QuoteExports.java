package io.quotetrail.gateway.service;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quotetrail.gateway.grpc.QuoteServiceGateway;
import io.quotetrail.gateway.mapping.ClaimJsonLd;
import io.quotetrail.gateway.mapping.OccurrenceCsv;
import io.quotetrail.gateway.mapping.ProvenanceJsonLd;
import io.quotetrail.proto.quote.v1.Article;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Quotes in standard formats for other tools: PROV-O and schema.org as JSON-LD, occurrences as CSV. */
@ApplicationScoped
public class QuoteExports {

    private final QuoteServiceGateway quoteService;
    private final ObjectMapper json;

    public QuoteExports(QuoteServiceGateway quoteService, ObjectMapper json) {
        this.quoteService = quoteService;
        this.json = json;
    }

    /** The quote's provenance in PROV-O: its appearances and its graph, read together. */
    public Uni<String> provenance(String quoteId) {
        return Uni.combine().all().unis(quoteService.getQuote(quoteId), quoteService.getQuoteGraph(quoteId)).asTuple()
                .map(both -> write(ProvenanceJsonLd.document(both.getItem1(), both.getItem2())));
    }

    public Uni<String> claim(String quoteId) {
        return quoteService.getQuote(quoteId).map(quote -> write(ClaimJsonLd.document(quote)));
    }

    /** The quote's occurrences, one CSV row each, after the header. */
    public Uni<String> occurrencesCsv(String quoteId) {
        return quoteService.getQuote(quoteId).map(quote -> OccurrenceCsv.header() + OccurrenceCsv.rows(quote));
    }

    /**
     * Every occurrence in the store as CSV, written as the articles arrive (the gateway never holds the whole
     * store). The header goes out with the first article, so that a backend failing at once still becomes an error
     * answer rather than a document cut short.
     */
    public Multi<byte[]> exportCsv() {
        return csvChunks(quoteService.exportArticles());
    }

    /** One chunk per article that has quotations; the header alone for a store without any article. */
    static Multi<byte[]> csvChunks(Multi<Article> articles) {
        AtomicBoolean first = new AtomicBoolean(true);
        return articles
                .map(article -> utf8((first.getAndSet(false) ? OccurrenceCsv.header() : "") + OccurrenceCsv.rows(article)))
                .filter(chunk -> chunk.length > 0) // an article without quotations adds nothing
                .onCompletion().switchTo(() -> first.get()
                        ? Multi.createFrom().item(utf8(OccurrenceCsv.header()))
                        : Multi.createFrom().empty());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String write(JsonNode document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON-LD document cannot be written", e);
        }
    }
}
