package io.quotetrail.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.quotetrail.gateway.mapping.OccurrenceCsv;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.smallrye.mutiny.Multi;

/** The streamed CSV export: one header, one chunk per article with quotations, whatever the store holds. */
class QuoteExportsTest {

    private static Article article(String id, String... quotations) {
        Article.Builder article = Article.newBuilder().setId(id);
        for (String text : quotations) {
            article.addOccurrences(Occurrence.newBuilder().setId(id + "-" + text.length()).setText(text).setQuoteId("q"));
        }
        return article.build();
    }

    private static List<String> chunks(Multi<Article> articles) {
        return QuoteExports.csvChunks(articles).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .collect().asList().await().atMost(Duration.ofSeconds(5));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(OccurrenceCsv.COLUMNS);
            return parser.getRecords();
        }
    }

    @Test
    void theHeaderComesOnceWithTheFirstArticleAndArticlesWithoutQuotationsAddNothing() throws IOException {
        List<String> chunks = chunks(Multi.createFrom().items(article("a-1", "first, \"quoted\""), article("a-2"),
                article("a-3", "ünïcode\nline", "=1+1")));

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0)).startsWith(OccurrenceCsv.header());
        assertThat(chunks.get(1)).doesNotContain("quoteId");
        assertThat(parse(String.join("", chunks))).extracting(row -> row.get("articleId") + "|" + row.get("text"))
                .containsExactly("a-1|first, \"quoted\"", "a-3|ünïcode\nline", "a-3|'=1+1");
    }

    @Test
    void anArticleWithoutQuotationsFirstStillOpensWithTheHeader() throws IOException {
        List<String> chunks = chunks(Multi.createFrom().items(article("a-1"), article("a-2", "words")));

        assertThat(chunks.get(0)).isEqualTo(OccurrenceCsv.header());
        assertThat(parse(String.join("", chunks))).extracting(row -> row.get("articleId")).containsExactly("a-2");
    }

    @Test
    void anEmptyStoreIsTheHeaderAlone() {
        assertThat(chunks(Multi.createFrom().empty())).containsExactly(OccurrenceCsv.header());
    }

    @Test
    void aBackendFailingAtOnceFailsBeforeAnyByteIsWritten() {
        // The REST layer can still answer with an error status: nothing of the document went out.
        assertThatThrownBy(() -> chunks(Multi.createFrom().failure(Status.UNAVAILABLE.asRuntimeException())))
                .hasMessageContaining("UNAVAILABLE");
    }
}
