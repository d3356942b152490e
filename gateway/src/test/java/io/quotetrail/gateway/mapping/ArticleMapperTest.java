package io.quotetrail.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.gateway.rest.dto.ExportView;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteKind;
import io.quotetrail.proto.quote.v1.SourceRef;
import io.quotetrail.proto.source.v1.SourceKind;

/** The export JSON is a contract (DESIGN.md, eval/score.py): field names, nesting and nulls. */
class ArticleMapperTest {

    private final ArticleMapper mapper = new ArticleMapper();
    private final ObjectMapper json = new ObjectMapper();

    private static SourceRef source(String id, String name, SourceKind kind) {
        return SourceRef.newBuilder().setId(id).setName(name).setKind(kind).build();
    }

    private static Article seedArticle() {
        Occurrence attributed = Occurrence.newBuilder()
                .setId("occ-1").setText("This was demonstrated by the heroic participation").setStart(812).setEnd(951)
                .setKind(QuoteKind.FULL).setCue("said")
                .setSpeaker(source("s-putin", "Vladimir Putin", SourceKind.PERSON))
                .addChain(Hop.newBuilder().setSource(source("s-putin", "Vladimir Putin", SourceKind.PERSON)))
                .addChain(Hop.newBuilder().setSource(source("s-kcna", "KCNA", SourceKind.STATE_MEDIA))
                        .setEvidence("according to state news agency KCNA"))
                .addChain(Hop.newBuilder().setSource(source("s-mt", "The Moscow Times", SourceKind.OUTLET)))
                .setMedium("letter").setQuoteId("q-1")
                .build();
        Occurrence unattributed = Occurrence.newBuilder()
                .setId("occ-2").setText("heroic").setStart(900).setEnd(906).setKind(QuoteKind.FRAGMENT)
                .setQuoteId("q-2").setPartOf("q-1")
                .build();
        return Article.newBuilder()
                .setId("a-1").setExternalId("seed-003").setTitle("")
                .setOutlet(source("s-mt", "The Moscow Times", SourceKind.OUTLET))
                .setPublishedAt("2025-08-15").setLanguage("en").setTextLength(2000)
                .addOccurrences(attributed).addOccurrences(unattributed)
                .build();
    }

    @Test
    void exportHasTheContractShape() {
        JsonNode export = json.valueToTree(new ExportView(java.util.List.of(mapper.toArticleView(seedArticle()))));

        JsonNode article = export.get("articles").get(0);
        assertThat(article.get("id").asText()).isEqualTo("a-1");
        assertThat(article.get("externalId").asText()).isEqualTo("seed-003");
        assertThat(article.get("outlet").get("id").asText()).isEqualTo("s-mt");
        assertThat(article.get("outlet").get("name").asText()).isEqualTo("The Moscow Times");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2025-08-15");
        assertThat(article.get("title").isNull()).isTrue();

        JsonNode quote = article.get("quotes").get(0);
        assertThat(quote.get("text").asText()).isEqualTo("This was demonstrated by the heroic participation");
        assertThat(quote.get("start").asInt()).isEqualTo(812);
        assertThat(quote.get("end").asInt()).isEqualTo(951);
        assertThat(quote.get("kind").asText()).isEqualTo("FULL");
        assertThat(quote.get("speaker").get("id").asText()).isEqualTo("s-putin");
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(quote.get("chain")).extracting(hop -> hop.get("name").asText())
                .containsExactly("Vladimir Putin", "KCNA", "The Moscow Times");
        assertThat(quote.get("chain").get(1).get("kind").asText()).isEqualTo("STATE_MEDIA");
        assertThat(quote.get("chain").get(1).get("id").asText()).isEqualTo("s-kcna");
        assertThat(quote.get("chain").get(1).get("evidence").asText()).isEqualTo("according to state news agency KCNA");
        assertThat(quote.get("medium").asText()).isEqualTo("letter");
        assertThat(quote.get("quoteId").asText()).isEqualTo("q-1");
        assertThat(quote.has("partOf")).isTrue();
        assertThat(quote.get("partOf").isNull()).isTrue();
        assertThat(quote.get("occurrenceId").asText()).isEqualTo("occ-1");
        assertThat(quote.get("cue").asText()).isEqualTo("said");
    }

    @Test
    void absentValuesAreNullNotEmpty() {
        JsonNode fragment = json.valueToTree(mapper.toArticleView(seedArticle())).get("quotes").get(1);
        assertThat(fragment.has("speaker")).isTrue();
        assertThat(fragment.get("speaker").isNull()).isTrue();
        assertThat(fragment.get("medium").isNull()).isTrue();
        assertThat(fragment.get("chain").isArray()).isTrue();
        assertThat(fragment.get("chain")).isEmpty();
        assertThat(fragment.get("partOf").asText()).isEqualTo("q-1");
        assertThat(fragment.get("kind").asText()).isEqualTo("FRAGMENT");

        JsonNode bare = json.valueToTree(mapper.toArticleView(Article.newBuilder().setId("a-2").build()));
        assertThat(bare.get("outlet").isNull()).isTrue();
        assertThat(bare.get("externalId").isNull()).isTrue();
        assertThat(bare.get("publishedAt").isNull()).isTrue();
        assertThat(bare.get("quotes")).isEmpty();
    }

    @Test
    void unspecifiedKindsBecomeNull() {
        Article article = Article.newBuilder().setId("a-3")
                .addOccurrences(Occurrence.newBuilder().setText("x")
                        .setSpeaker(SourceRef.newBuilder().setId("s").setName("Somebody")))
                .build();
        JsonNode quote = json.valueToTree(mapper.toArticleView(article)).get("quotes").get(0);
        assertThat(quote.get("kind").isNull()).isTrue();
        assertThat(quote.get("speaker").get("kind").isNull()).isTrue();
    }

    @Test
    void submissionBecomesARequestWithEmptyStringsForAbsentFields() {
        IngestArticleRequest request = mapper.toIngestRequest(
                new ArticleSubmission(null, null, "“Hi,” he said.", "AFP", null, "2025-08-15", null));
        assertThat(request.getText()).isEqualTo("“Hi,” he said.");
        assertThat(request.getOutlet()).isEqualTo("AFP");
        assertThat(request.getPublishedAt()).isEqualTo("2025-08-15");
        assertThat(request.getExternalId()).isEmpty();
        assertThat(request.getUrl()).isEmpty();
        assertThat(request.getLanguage()).isEmpty();
    }
}
