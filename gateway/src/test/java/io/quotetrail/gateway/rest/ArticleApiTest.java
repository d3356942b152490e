package io.quotetrail.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quotetrail.gateway.rest.dto.ArticleLimits;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Authentication, roles and request validation of the REST API, against Quarkus' in-process OIDC server and
 * broken backends (see {@link UnresponsiveBackends}). A request refused here never reaches a backend; one that
 * passes validation reaches the broken backends and must come back as 503 within the deadline.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UnresponsiveBackends.class)
class ArticleApiTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String EXPORT = "/api/v1/export";
    private static final String BATCH = ARTICLES + "/batch";

    private static String tokenWithRoles(String... roles) {
        return OidcWiremockTestResource.getAccessToken("alice", Set.of(roles));
    }

    private static RequestSpecification asEditor() {
        return given().auth().oauth2(tokenWithRoles("reader", "editor"));
    }

    private static Map<String, Object> article(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", "fast-test-1");
        body.put("title", null);
        body.put("text", text);
        body.put("outlet", "The Moscow Times");
        body.put("url", "https://www.themoscowtimes.com/2025/08/15/example");
        body.put("publishedAt", "2025-08-15");
        body.put("language", "en");
        return body;
    }

    private static Map<String, Object> articleWith(String field, Object value) {
        Map<String, Object> body = article("“We will win,” he said.");
        body.put(field, value);
        return body;
    }

    private static void assertFieldError(Response response, int status, String field, String messageStart) {
        response.then()
                .statusCode(status)
                .contentType(ContentType.JSON)
                .body("status", equalTo(status))
                .body("field", equalTo(field))
                .body("message", startsWith(messageStart));
    }

    @Test
    void ingestWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(article("“Hello,” she said."))
                .when().post(ARTICLES)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("status", equalTo(401))
                .body("error", equalTo("Unauthorized"))
                .body("field", nullValue());
    }

    @Test
    void readingWithoutTokenIsUnauthorized() {
        given().when().get(EXPORT).then().statusCode(401).body("status", equalTo(401));
        given().when().get(ARTICLES + "/some-id").then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void malformedTokenIsUnauthorized() {
        given().auth().oauth2("not-a-jwt").when().get(EXPORT)
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .body("message", equalTo("the access token is invalid or expired"));
    }

    @Test
    void readerCannotIngest() {
        given().auth().oauth2(tokenWithRoles("reader")).contentType(ContentType.JSON).body(article("“Hi,” he said."))
                .when().post(ARTICLES)
                .then().statusCode(403)
                .contentType(ContentType.JSON)
                .body("status", equalTo(403))
                .body("error", equalTo("Forbidden"));
    }

    @Test
    void unknownRoleCanNeitherReadNorIngest() {
        String token = tokenWithRoles("viewer");
        given().auth().oauth2(token).when().get(EXPORT).then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(article("“Hi,” he said."))
                .when().post(ARTICLES).then().statusCode(403);
    }

    @Test
    void missingTextIsRejectedNamingTheField() {
        Map<String, Object> body = article(null);
        body.remove("text");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(body).post(ARTICLES), 400, "text",
                "text must not be blank");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(article(null)).post(ARTICLES), 400, "text",
                "text must not be blank");
    }

    @Test
    void blankTextIsRejectedNamingTheField() {
        assertFieldError(asEditor().contentType(ContentType.JSON).body(article("  \n\t ")).post(ARTICLES), 400, "text",
                "text must not be blank");
    }

    @Test
    void textOverTwoMebibytesIsPayloadTooLarge() {
        String tooLong = "a".repeat(ArticleLimits.MAX_TEXT_BYTES + 1);
        Response response = asEditor().contentType(ContentType.JSON).body(article(tooLong)).post(ARTICLES);
        assertFieldError(response, 413, "text", "text must be at most 2097152 bytes");
        assertThat(response.jsonPath().getString("error")).isEqualTo("Request Entity Too Large");
    }

    @Test
    void theTextLimitCountsUtf8BytesNotCharacters() {
        // 1,048,577 two-byte characters: under the limit in characters, over it in bytes.
        String twoByteChars = "é".repeat(ArticleLimits.MAX_TEXT_BYTES / 2 + 1);
        assertFieldError(asEditor().contentType("application/json; charset=UTF-8").body(article(twoByteChars))
                .post(ARTICLES), 413, "text", "text must be at most");
    }

    @Test
    void bodyBeyondTheHttpLimitIsRefusedCleanly() throws Exception {
        // Above quarkus.http.limits.max-body-size (6M) the HTTP layer refuses the request from its Content-Length,
        // before the body is read; a client that announces the body with Expect: 100-continue gets the 413 at once.
        byte[] huge = ("{\"text\":\"" + "a".repeat(7 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + ARTICLES))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokenWithRoles("reader", "editor"))
                .expectContinue(true)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void chunkedBodyBeyondTheHttpLimitIsRefused() throws Exception {
        // Without a Content-Length the limit is noticed while reading: still 413, never a hang or a 500.
        byte[] huge = ("{\"text\":\"" + "a".repeat(7 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + ARTICLES))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokenWithRoles("reader", "editor"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void invalidJsonNamesTheProblemWithoutInternals() {
        Response response = asEditor().contentType(ContentType.JSON).body("{\"text\": \"unterminated, }").post(ARTICLES);
        response.then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("error", equalTo("Bad Request"))
                .body("message", startsWith("request body is not valid JSON"));
        assertThat(response.asString()).doesNotContain("com.fasterxml", "jackson", "Exception", "\tat ");
    }

    @Test
    void wrongJsonTypesNameTheField() {
        assertFieldError(asEditor().contentType(ContentType.JSON).body("{\"text\": {\"nested\": true}}").post(ARTICLES),
                400, "text", "text must be a string");
        asEditor().contentType(ContentType.JSON).body("[\"text\"]").post(ARTICLES)
                .then().statusCode(400).body("message", equalTo("request body must be a JSON object"));
    }

    @Test
    void emptyBodyIsRejected() {
        asEditor().contentType(ContentType.JSON).body("").post(ARTICLES)
                .then().statusCode(400)
                .body("message", equalTo("request body must be a JSON object"))
                .body("field", nullValue());
    }

    @Test
    void malformedPublishedAtIsRejectedNamingTheField() {
        for (String date : new String[] { "15/08/2025", "2025-02-30", "2025-8-15", "yesterday" }) {
            assertFieldError(asEditor().contentType(ContentType.JSON).body(articleWith("publishedAt", date)).post(ARTICLES),
                    400, "publishedAt", "publishedAt must be an ISO-8601 date");
        }
    }

    @Test
    void badUrlIsRejectedNamingTheField() {
        for (String url : new String[] { "not a url", "ftp://example.com/a", "/relative/path", "https://" }) {
            assertFieldError(asEditor().contentType(ContentType.JSON).body(articleWith("url", url)).post(ARTICLES),
                    400, "url", "url must be an absolute http or https URL");
        }
    }

    @Test
    void otherFieldLimitsAreChecked() {
        assertFieldError(asEditor().contentType(ContentType.JSON).body(articleWith("externalId", "x".repeat(201)))
                .post(ARTICLES), 400, "externalId", "externalId must be at most 200 characters");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(articleWith("language", "English please"))
                .post(ARTICLES), 400, "language", "language must be a BCP-47 language tag");
    }

    @Test
    void textIsReportedFirstWhenSeveralFieldsAreWrong() {
        Map<String, Object> body = articleWith("publishedAt", "nope");
        body.put("text", "");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(body).post(ARTICLES), 400, "text",
                "text must not be blank");
    }

    @Test
    void nonJsonBodyIsUnsupportedMediaType() {
        asEditor().contentType(ContentType.TEXT).body("text=hello").post(ARTICLES)
                .then().statusCode(415)
                .contentType(ContentType.JSON)
                .body("status", equalTo(415))
                .body("error", equalTo("Unsupported Media Type"));
    }

    @Test
    void unknownPathIsNotFoundInTheErrorShape() {
        given().auth().oauth2(tokenWithRoles("reader")).get("/api/v1/nothing-here")
                .then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void validIngestWithAHungBackendAnswers503WithinTheDeadline() {
        long started = System.nanoTime();
        Response response = asEditor().contentType(ContentType.JSON)
                .body(article("“This was demonstrated by the heroic participation,” he said.")).post(ARTICLES);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .contentType(ContentType.JSON)
                .body("status", equalTo(503))
                .body("error", equalTo("Service Unavailable"))
                .body("field", nullValue());
        // A bound, not a benchmark: the call must end at its deadline instead of hanging.
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(UnresponsiveBackends.TEST_DEADLINE_MILLIS - 100)
                .isLessThan(UnresponsiveBackends.TEST_DEADLINE_MILLIS + 4000);
    }

    private static Map<String, Object> batch(Object... articles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", Arrays.asList(articles));
        return body;
    }

    @Test
    void batchNeedsTheEditorRole() {
        given().contentType(ContentType.JSON).body(batch(article("“Hi,” he said."))).post(BATCH)
                .then().statusCode(401).body("status", equalTo(401));
        given().auth().oauth2(tokenWithRoles("reader")).contentType(ContentType.JSON).body(batch(article("“Hi,” he said.")))
                .post(BATCH).then().statusCode(403).body("status", equalTo(403));
    }

    @Test
    void batchWithAnInvalidArticleIsRefusedNamingItsPositionAndField() {
        Map<String, Object> badDate = articleWith("publishedAt", "15 August 2025");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(batch(article("“Hi,” he said."), badDate)).post(BATCH),
                400, "articles[1].publishedAt", "articles[1].publishedAt must be an ISO-8601 date");
        Map<String, Object> blank = articleWith("text", " ");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(batch(badDate, blank)).post(BATCH),
                400, "articles[0].publishedAt", "articles[0].publishedAt must be an ISO-8601 date");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(batch(article("“Hi,” he said."), null)).post(BATCH),
                400, "articles[1]", "articles[1] must be an article object");
        assertFieldError(asEditor().contentType(ContentType.JSON)
                        .body(batch(article("“Hi,” he said."), articleWith("text", "a".repeat(ArticleLimits.MAX_TEXT_BYTES + 1))))
                        .post(BATCH), 413, "articles[1].text", "articles[1].text must be at most");
        assertFieldError(asEditor().contentType(ContentType.JSON).body("{\"articles\": [{\"text\": {\"nested\": true}}]}").post(BATCH),
                400, "articles[0].text", "articles[0].text must be a string");
    }

    @Test
    void batchMustHoldFromOneToTheLimitOfArticles() {
        assertFieldError(asEditor().contentType(ContentType.JSON).body(batch()).post(BATCH),
                400, "articles", "articles must hold from 1 to " + ArticleLimits.MAX_BATCH_ARTICLES + " articles");
        Object[] tooMany = new Object[ArticleLimits.MAX_BATCH_ARTICLES + 1];
        Arrays.fill(tooMany, article("“Hi,” he said."));
        assertFieldError(asEditor().contentType(ContentType.JSON).body(batch(tooMany)).post(BATCH),
                400, "articles", "articles must hold from 1 to");
        assertFieldError(asEditor().contentType(ContentType.JSON).body("{}").post(BATCH),
                400, "articles", "articles must be a list of articles");
        assertFieldError(asEditor().contentType(ContentType.JSON).body("{\"articles\": {}}").post(BATCH),
                400, "articles", "articles must be a JSON array");
    }

    @Test
    void validBatchWithAHungBackendAnswers503WithinTheDeadline() {
        long started = System.nanoTime();
        Response response = asEditor().contentType(ContentType.JSON)
                .body(batch(article("“This was demonstrated by the heroic participation,” he said."))).post(BATCH);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(503).header("Retry-After", equalTo("5")).body("status", equalTo(503));
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(UnresponsiveBackends.TEST_DEADLINE_MILLIS - 100)
                .isLessThan(UnresponsiveBackends.TEST_DEADLINE_MILLIS + 4000);
    }

    @Test
    void readsWithAHungBackendAnswer503() {
        String reader = tokenWithRoles("reader");
        given().auth().oauth2(reader).get(EXPORT).then().statusCode(503).header("Retry-After", equalTo("5"));
        given().auth().oauth2(reader).get(ARTICLES + "/0b5a3c56-8d5e-4f57-9d4c-2d0f0f8d1e11").then().statusCode(503);
    }

    @Test
    void everyCallGetsItsOwnDeadline() {
        // The injected stub lives as long as the application; a stub-wide deadline would already have expired here
        // and would fail at once instead of waiting for the backend.
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            given().auth().oauth2(tokenWithRoles("reader")).get(EXPORT).then().statusCode(503);
            assertThat((System.nanoTime() - started) / 1_000_000)
                    .isGreaterThanOrEqualTo(UnresponsiveBackends.TEST_DEADLINE_MILLIS - 100);
        }
    }

    @Test
    void notReadyWhileTheBackendsAreDown() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'gRPC backends' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'gRPC backends' }.data.'quote-service'", equalTo("DEADLINE_EXCEEDED"))
                .body("checks.find { it.name == 'gRPC backends' }.data.'source-service'", equalTo("UNAVAILABLE"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentsTheContractAndTheBearerScheme() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/articles'.post.responses.'413'.description", containsString("2 MiB"))
                .body("paths.'/api/v1/export'.get", not(nullValue()))
                .body("paths.'/api/v1/articles/{id}'.get", not(nullValue()))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/export'.get.security[0].bearer", not(nullValue()))
                .body("components.securitySchemes.size()", equalTo(1));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsArePublished() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
