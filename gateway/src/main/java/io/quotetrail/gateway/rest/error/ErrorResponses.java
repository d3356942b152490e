package io.quotetrail.gateway.rest.error;

import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quotetrail.gateway.rest.dto.ApiError;

/** Builds error answers in the one {@link ApiError} shape. */
public final class ErrorResponses {

    /** The challenge of RFC 6750 for a request without a usable bearer token. */
    static final String BEARER_CHALLENGE = "Bearer";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private ErrorResponses() {
    }

    public static ApiError body(int status, String message, String field) {
        return new ApiError(status, reasonPhrase(status), message, field, null);
    }

    public static Response.ResponseBuilder builder(int status, String message, String field) {
        return builder(body(status, message, field));
    }

    static Response.ResponseBuilder builder(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error);
    }

    public static Response response(int status, String message, String field) {
        return builder(status, message, field).build();
    }

    static Response unauthorized(String message, String challenge) {
        return builder(401, message, null).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /**
     * 500 with a generic message; what happened is logged under a fresh correlation id, which the answer carries
     * so that a caller's report can be matched to the log.
     */
    static Response internalError(Logger log, Throwable cause, String what) {
        return builder(internalErrorBody(log, cause, what)).build();
    }

    static ApiError internalErrorBody(Logger log, Throwable cause, String what) {
        String correlationId = UUID.randomUUID().toString();
        log.errorf(cause, "%s [correlationId=%s]", what, correlationId);
        return new ApiError(500, reasonPhrase(500), "internal error; quote the correlation id when reporting it",
                null, correlationId);
    }

    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR ? "Client Error" : "Server Error";
    }
}
