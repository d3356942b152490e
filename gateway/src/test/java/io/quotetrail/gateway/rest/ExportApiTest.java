package io.quotetrail.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The export formats' REST face against Quarkus' in-process OIDC server and broken backends (see
 * {@link UnresponsiveBackends}): content negotiation, roles and documentation. The formats themselves are tested on
 * hand-made messages in the mapping tests and on the real stack in the integration tests.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UnresponsiveBackends.class)
class ExportApiTest {

    private static final String QUOTE = "/api/v1/quotes/0b5a3c56-8d5e-4f57-9d4c-2d0f0f8d1e11";
    private static final String EXPORT = "/api/v1/export";

    private static RequestSpecification asReader() {
        return given().auth().oauth2(OidcWiremockTestResource.getAccessToken("alice", Set.of("reader")));
    }

    @Test
    void aFormatNoResourceOffersIsNotAcceptable() {
        for (String[] pathAndAccept : new String[][] {
                { QUOTE + "/graph", "text/csv" }, { QUOTE + "/claim", "text/vnd.graphviz" },
                { QUOTE, "application/ld+json" }, { EXPORT, "application/xml" } }) {
            asReader().accept(pathAndAccept[1]).get(pathAndAccept[0])
                    .then().statusCode(406)
                    .contentType(ContentType.JSON)
                    .body("status", equalTo(406))
                    .body("message", containsString("Accept"));
        }
        asReader().accept("text/csv").get(QUOTE + "/graph").then().statusCode(406)
                .body("message", equalTo("the Accept header allows none of the media types offered here: "
                        + "application/json, application/ld+json, text/vnd.graphviz"));
        // A client that ranks a format it may get below another is served; one that refuses everything (q=0) is not.
        asReader().accept("application/pdf, text/csv;q=0.5").get(QUOTE).then().statusCode(503);
        asReader().accept("application/json;q=0").get(QUOTE + "/claim").then().statusCode(406);
    }

    @Test
    void everyFormatNeedsAToken() {
        given().accept("application/ld+json").get(QUOTE + "/graph").then().statusCode(401).body("status", equalTo(401));
        given().get(QUOTE + "/claim").then().statusCode(401);
        given().accept("text/csv").get(QUOTE).then().statusCode(401);
        given().accept("text/csv").get(EXPORT).then().statusCode(401);
        given().accept("application/pdf").get(QUOTE + "/graph").then().statusCode(401);
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("bob", Set.of("viewer"))).get(QUOTE + "/claim")
                .then().statusCode(403);
    }

    @Test
    void everyFormatAsksTheBackendAndAnswers503WhenItHangs() {
        asReader().accept("application/ld+json").get(QUOTE + "/graph").then().statusCode(503).header("Retry-After", equalTo("5"));
        asReader().get(QUOTE + "/claim").then().statusCode(503);
        asReader().accept("text/csv").get(QUOTE).then().statusCode(503);
        asReader().accept("text/csv").get(EXPORT).then().statusCode(503).contentType(ContentType.JSON);
    }

    @Test
    void openApiDocumentsTheFormats() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/quotes/{id}/claim'.get.responses.'200'.content", hasKey("application/ld+json"))
                .body("paths.'/api/v1/quotes/{id}/claim'.get.security[0].bearer", not(nullValue()))
                .body("paths.'/api/v1/quotes/{id}/graph'.get.responses.'200'.content", hasKey("application/ld+json"))
                .body("paths.'/api/v1/quotes/{id}/graph'.get.responses.'200'.content", hasKey("text/vnd.graphviz"))
                .body("paths.'/api/v1/quotes/{id}'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/api/v1/export'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/api/v1/export'.get.responses.'406'", not(nullValue()));
    }
}
