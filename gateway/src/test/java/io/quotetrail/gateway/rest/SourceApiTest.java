package io.quotetrail.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Roles and request validation of the source endpoints, against Quarkus' in-process OIDC server and broken
 * backends (see {@link UnresponsiveBackends}: source-service refuses connections). A refused request never reaches
 * a backend; a valid one reaches the refusing source-service and comes back as 503.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UnresponsiveBackends.class)
class SourceApiTest {

    private static final String SOURCES = "/api/v1/sources";
    private static final String SOURCE_ID = "0b5a3c56-8d5e-4f57-9d4c-2d0f0f8d1e11";
    private static final String OTHER_ID = "5c1d6e0a-2b3f-4c5d-8e9f-0a1b2c3d4e5f";

    private static RequestSpecification as(String... roles) {
        return given().auth().oauth2(OidcWiremockTestResource.getAccessToken("alice", Set.of(roles)));
    }

    private static RequestSpecification asEditor() {
        return as("reader", "editor");
    }

    private static void assertFieldError(Response response, String field, String messageStart) {
        response.then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("field", equalTo(field))
                .body("message", startsWith(messageStart));
    }

    @Test
    void withoutTokenEverySourceEndpointIsUnauthorized() {
        given().get(SOURCES).then().statusCode(401).body("status", equalTo(401));
        given().get(SOURCES + "/" + SOURCE_ID).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("aliases", List.of("AFP"))).post(SOURCES + "/" + SOURCE_ID + "/aliases")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("fromId", SOURCE_ID, "intoId", OTHER_ID)).post(SOURCES + "/merge")
                .then().statusCode(401);
    }

    @Test
    void aReaderMayNotEditAndATokenWithoutRolesMayNotRead() {
        as("reader").contentType(ContentType.JSON).body(Map.of("aliases", List.of("AFP")))
                .post(SOURCES + "/" + SOURCE_ID + "/aliases")
                .then().statusCode(403).contentType(ContentType.JSON).body("error", equalTo("Forbidden"));
        as("reader").contentType(ContentType.JSON).body(Map.of("fromId", SOURCE_ID, "intoId", OTHER_ID))
                .post(SOURCES + "/merge").then().statusCode(403);
        as("viewer").get(SOURCES).then().statusCode(403);
        as("viewer").get(SOURCES + "/" + SOURCE_ID).then().statusCode(403);
    }

    @Test
    void listParametersAreCheckedNamingTheField() {
        assertFieldError(as("reader").queryParam("kind", "blog").get(SOURCES), "kind", "kind must be one of PERSON");
        assertFieldError(as("reader").queryParam("pageSize", 0).get(SOURCES), "pageSize", "pageSize must be between 1 and 500");
        assertFieldError(as("reader").queryParam("pageSize", 501).get(SOURCES), "pageSize", "pageSize must be between");
        assertFieldError(as("reader").queryParam("query", "q".repeat(301)).get(SOURCES), "query", "query must be at most 300");
        assertFieldError(as("reader").get(SOURCES + "/not-a-uuid"), "id", "id must be a UUID");
    }

    @Test
    void aliasesAreCheckedNamingTheField() {
        String aliases = SOURCES + "/" + SOURCE_ID + "/aliases";
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of("aliases", List.of())).post(aliases),
                "aliases", "aliases must hold 1 to 100 names");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of("aliases", List.of("AFP", " "))).post(aliases),
                "aliases[1]", "aliases[1] must not be blank");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of("aliases", List.of("x".repeat(301))))
                .post(aliases), "aliases[0]", "aliases[0] must be at most 300 characters");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of()).post(aliases),
                "aliases", "aliases must be a list of names");
        assertFieldError(asEditor().contentType(ContentType.JSON).body("{\"aliases\": \"AFP\"}").post(aliases),
                "aliases", "aliases must be a JSON array");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of("aliases", List.of("AFP")))
                .post(SOURCES + "/nope/aliases"), "id", "id must be a UUID");
        asEditor().contentType(ContentType.JSON).body("").post(aliases)
                .then().statusCode(400).body("message", equalTo("request body must be a JSON object")).body("field", nullValue());
    }

    @Test
    void mergesAreCheckedNamingTheField() {
        String merge = SOURCES + "/merge";
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of("intoId", OTHER_ID)).post(merge),
                "fromId", "fromId must be a source id");
        assertFieldError(asEditor().contentType(ContentType.JSON).body(Map.of("fromId", SOURCE_ID, "intoId", "nope"))
                .post(merge), "intoId", "intoId must be a UUID");
        asEditor().contentType(ContentType.TEXT).body("fromId=a").post(merge).then().statusCode(415);
    }

    @Test
    void validRequestsWithSourceServiceDownAnswer503() {
        as("reader").get(SOURCES).then().statusCode(503).header("Retry-After", equalTo("5"))
                .contentType(ContentType.JSON).body("status", equalTo(503));
        as("reader").queryParam("kind", "outlet").queryParam("query", "Guardian").queryParam("pageSize", 10)
                .get(SOURCES).then().statusCode(503);
        as("reader").get(SOURCES + "/" + SOURCE_ID).then().statusCode(503);
        asEditor().contentType(ContentType.JSON).body(Map.of("aliases", List.of("AFP")))
                .post(SOURCES + "/" + SOURCE_ID + "/aliases").then().statusCode(503);
        asEditor().contentType(ContentType.JSON).body(Map.of("fromId", SOURCE_ID, "intoId", OTHER_ID))
                .post(SOURCES + "/merge").then().statusCode(503);
    }

    @Test
    void openApiDocumentsTheSourceEndpoints() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/sources'.get", not(nullValue()))
                .body("paths.'/api/v1/sources/{id}'.get.responses.'404'", not(nullValue()))
                .body("paths.'/api/v1/sources/{id}/aliases'.post.responses.'409'", not(nullValue()))
                .body("paths.'/api/v1/sources/merge'.post.responses.'409'", not(nullValue()))
                .body("paths.'/api/v1/sources/merge'.post.security[0].bearer", not(nullValue()));
    }
}
