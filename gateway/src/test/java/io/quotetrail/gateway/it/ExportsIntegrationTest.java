package io.quotetrail.gateway.it;

import static io.quotetrail.gateway.mapping.RdfTriples.PROV;
import static io.quotetrail.gateway.mapping.RdfTriples.QT;
import static io.quotetrail.gateway.mapping.RdfTriples.RDF_TYPE;
import static io.quotetrail.gateway.mapping.RdfTriples.SCHEMA;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotetrail.gateway.mapping.OccurrenceCsv;
import io.quotetrail.gateway.mapping.RdfTriples;
import io.quotetrail.gateway.mapping.ResourceIris;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The exports through the real gateway in front of the real system (Keycloak, both services, PostgreSQL): two
 * articles carrying one quote are ingested, then each export is fetched and read back by a real parser.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ExportsIntegrationTest {

    private static final String WORDING = "The friendship between our peoples, tested in battle, will only grow stronger";

    @InjectRealStack
    RealStack stack;

    private String reader;
    /** The wording as the engine read it (it may keep the punctuation inside the quote marks). */
    private String quoted;
    private String quoteId;
    private String firstArticleId;
    private String secondArticleId;

    private static Map<String, Object> article(String externalId, String outlet, String url, String publishedAt, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", externalId);
        body.put("title", "Putin’s letter to Pyongyang");
        body.put("text", text);
        body.put("outlet", outlet);
        body.put("url", url);
        body.put("publishedAt", publishedAt);
        body.put("language", "en");
        return body;
    }

    /** Ingests (or finds again: ingestion is idempotent) the two articles, and reads the quote they share. */
    @BeforeEach
    void twoArticlesCarryOneQuote() {
        reader = stack.token("reader");
        String editor = stack.token("editor");
        Response first = given().auth().oauth2(editor).contentType(ContentType.JSON).body(article("exports-1",
                "The Moscow Times", "https://www.themoscowtimes.com/2025/08/15/friendship", "2025-08-15", """
                SEOUL (AFP) - Russian President Vladimir Putin wrote to North Korea's leader, according to state news \
                agency KCNA.
                “%s,” Putin said in the letter, KCNA reported.
                """.formatted(WORDING))).post("/api/v1/articles");
        first.then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Response second = given().auth().oauth2(editor).contentType(ContentType.JSON).body(article("exports-2",
                "The Guardian", null, "2025-08-16", """
                Vladimir Putin sent a letter to Kim Jong Un.
                “%s,” Putin wrote, according to KCNA.
                """.formatted(WORDING))).post("/api/v1/articles");
        second.then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));

        firstArticleId = first.jsonPath().getString("id");
        secondArticleId = second.jsonPath().getString("id");
        quoteId = first.jsonPath().getString("quotes.find { it.text.contains('friendship') }.quoteId");
        quoted = first.jsonPath().getString("quotes.find { it.text.contains('friendship') }.text");
        assertThat(quoted).startsWith(WORDING);
        assertThat(quoteId).isNotNull();
        assertThat(second.jsonPath().getString("quotes.find { it.text.contains('friendship') }.quoteId"))
                .as("the same wording joins the same quote").isEqualTo(quoteId);
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(body, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(OccurrenceCsv.COLUMNS);
            return parser.getRecords();
        }
    }

    @Test
    void provenanceAsProvO() {
        String body = given().auth().oauth2(reader).accept("application/ld+json").get("/api/v1/quotes/" + quoteId + "/graph")
                .then().statusCode(200).contentType(startsWith("application/ld+json")).extract().asString();
        RdfTriples rdf = RdfTriples.of(body);

        String utterance = ResourceIris.quote(quoteId);
        String article = ResourceIris.article(firstArticleId);
        assertThat(rdf.has(utterance, PROV + "value", quoted)).isTrue();
        assertThat(rdf.objects(utterance, PROV + "wasAttributedTo")).singleElement()
                .satisfies(speaker -> assertThat(rdf.has(speaker, RDF_TYPE, PROV + "Person")).isTrue());
        assertThat(rdf.has(article, SCHEMA + "url", "https://www.themoscowtimes.com/2025/08/15/friendship")).isTrue();

        // From the article, wasQuotedFrom leads hop by hop (through KCNA's release) back to the utterance.
        String kcna = given().auth().oauth2(reader).get("/api/v1/quotes/" + quoteId + "/graph")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath()
                .getString("nodes.find { it.name == 'KCNA' }.id");
        String entity = article;
        for (int hop = 0; hop < 6 && !entity.equals(utterance); hop++) {
            Set<String> upstream = rdf.objects(entity, PROV + "wasQuotedFrom");
            assertThat(upstream).as("what %s was quoted from", entity).hasSize(1);
            entity = upstream.iterator().next();
        }
        assertThat(entity).isEqualTo(utterance);
        assertThat(rdf.has(ResourceIris.relay(quoteId, kcna), PROV + "wasAttributedTo", ResourceIris.source(kcna))).isTrue();

        // The hop into KCNA's release is qualified with the article and the sentence that state it.
        Set<String> quotations = rdf.objects(ResourceIris.relay(quoteId, kcna), PROV + "qualifiedQuotation");
        assertThat(quotations).anySatisfy(q -> {
            assertThat(rdf.has(q, RDF_TYPE, PROV + "Quotation")).isTrue();
            assertThat(rdf.has(q, PROV + "entity", utterance)).isTrue();
            assertThat(rdf.has(q, QT + "statedIn", article)).isTrue();
            assertThat(rdf.objects(q, QT + "evidence")).singleElement().asString().contains("KCNA");
        });
        assertThat(rdf.objects(article, PROV + "hadPrimarySource")).hasSize(1);
    }

    @Test
    void theQuoteAsASchemaOrgClaim() {
        String body = given().auth().oauth2(reader).get("/api/v1/quotes/" + quoteId + "/claim")
                .then().statusCode(200).contentType(startsWith("application/ld+json")).extract().asString();
        RdfTriples rdf = RdfTriples.of(body);

        String claim = ResourceIris.quote(quoteId);
        assertThat(rdf.has(claim, RDF_TYPE, SCHEMA + "Claim")).isTrue();
        assertThat(rdf.has(claim, SCHEMA + "text", quoted)).isTrue();
        assertThat(rdf.objects(claim, SCHEMA + "appearance"))
                .contains(ResourceIris.article(firstArticleId), ResourceIris.article(secondArticleId));
        assertThat(rdf.objects(claim, SCHEMA + "firstAppearance")).containsExactly(ResourceIris.article(firstArticleId));
        String first = ResourceIris.article(firstArticleId);
        assertThat(rdf.has(first, SCHEMA + "datePublished", "2025-08-15")).isTrue();
        assertThat(rdf.has(first, SCHEMA + "headline", "Putin’s letter to Pyongyang")).isTrue();
        assertThat(rdf.objects(first, SCHEMA + "publisher")).singleElement()
                .satisfies(outlet -> assertThat(rdf.has(outlet, SCHEMA + "name", "The Moscow Times")).isTrue());
        assertThat(rdf.objects(ResourceIris.article(secondArticleId), SCHEMA + "url")).isEmpty();
    }

    @Test
    void theQuotesOccurrencesAsCsv() throws IOException {
        Response response = given().auth().oauth2(reader).accept("text/csv").get("/api/v1/quotes/" + quoteId);
        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"quote-" + quoteId));
        assertThat(response.contentType().toLowerCase()).contains("charset=utf-8");

        List<CSVRecord> rows = csv(response.asByteArray());

        assertThat(rows).extracting(row -> row.get("articleId")).containsExactly(firstArticleId, secondArticleId);
        CSVRecord first = rows.get(0);
        assertThat(first.get("quoteId")).isEqualTo(quoteId);
        assertThat(first.get("text")).isEqualTo(quoted);
        assertThat(first.get("title")).isEqualTo("Putin’s letter to Pyongyang");
        assertThat(first.get("speaker")).isEqualTo("Vladimir Putin");
        assertThat(first.get("outlet")).isEqualTo("The Moscow Times");
        assertThat(first.get("chain")).startsWith("Vladimir Putin > KCNA").endsWith("The Moscow Times");
        assertThat(rows.get(1).get("url")).isEmpty();
    }

    @Test
    void theWholeStoreAsCsv() throws IOException {
        Response response = given().auth().oauth2(reader).accept("text/csv").get("/api/v1/export");
        response.then().statusCode(200).contentType(startsWith("text/csv"));

        List<CSVRecord> rows = csv(response.asByteArray());

        assertThat(rows).filteredOn(row -> row.get("quoteId").equals(quoteId))
                .extracting(row -> row.get("externalId")).containsExactly("exports-1", "exports-2");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("articleId")).isNotEmpty());
    }

    @Test
    void theGraphStaysJsonByDefaultAndUnknownQuotesAreNotFound() {
        given().auth().oauth2(reader).get("/api/v1/quotes/" + quoteId + "/graph")
                .then().statusCode(200).contentType(ContentType.JSON).body("quoteId", equalTo(quoteId));
        given().auth().oauth2(reader).get("/api/v1/quotes/" + quoteId)
                .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(quoteId));
        given().auth().oauth2(reader).get("/api/v1/export").then().statusCode(200).contentType(ContentType.JSON);
        given().auth().oauth2(reader).accept("text/vnd.graphviz").get("/api/v1/quotes/" + quoteId + "/graph")
                .then().statusCode(200).contentType(startsWith("text/vnd.graphviz"));

        String unknown = "/api/v1/quotes/" + UUID.randomUUID();
        given().auth().oauth2(reader).accept("application/ld+json").get(unknown + "/graph")
                .then().statusCode(404).contentType(ContentType.JSON).body("status", equalTo(404));
        given().auth().oauth2(reader).get(unknown + "/claim").then().statusCode(404).contentType(ContentType.JSON);
        given().auth().oauth2(reader).accept("text/csv").get(unknown).then().statusCode(404).contentType(ContentType.JSON);
    }
}
