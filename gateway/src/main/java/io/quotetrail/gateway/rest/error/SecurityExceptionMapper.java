package io.quotetrail.gateway.rest.error;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 and 403 in the common error shape. Authentication is lazy (quarkus.http.auth.proactive=false), so these
 * failures reach the REST layer instead of ending in the HTTP layer with an empty body.
 */
public class SecurityExceptionMapper {

    @ServerExceptionMapper
    public Response noCredentials(UnauthorizedException exception) {
        return ErrorResponses.unauthorized("a bearer access token is required", ErrorResponses.BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response invalidCredentials(AuthenticationFailedException exception) {
        // Why the token failed (signature, expiry, issuer) is logged by quarkus-oidc, not told to the caller.
        return ErrorResponses.unauthorized("the access token is invalid or expired", ErrorResponses.INVALID_TOKEN_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response missingRole(ForbiddenException exception) {
        return ErrorResponses.response(403, "the access token lacks the role this operation needs", null);
    }
}
