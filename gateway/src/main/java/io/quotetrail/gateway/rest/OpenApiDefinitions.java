package io.quotetrail.gateway.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Document-level OpenAPI metadata: the API's description and its bearer-token security scheme. */
@OpenAPIDefinition(
        info = @Info(title = "QuoteTrail API", version = "v1",
                description = "Ingest news articles and read back every quotation with its speaker, medium and the chain "
                        + "of intermediaries by which it reached the outlet. Authenticate with a Keycloak access token "
                        + "(roles: reader to read, editor to ingest)."),
        components = @Components(securitySchemes = @SecurityScheme(
                securitySchemeName = OpenApiDefinitions.BEARER,
                type = SecuritySchemeType.HTTP,
                scheme = "bearer",
                bearerFormat = "JWT",
                description = "An access token of the quotetrail realm, sent as `Authorization: Bearer <token>`")))
public class OpenApiDefinitions extends Application {

    public static final String BEARER = "bearer";
}
