package io.quotetrail.gateway.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * HTTP-level refusals raised by the REST layer (unknown path, wrong method or media type, unreadable body) in the
 * common error shape. The exception's own message is not echoed: it may quote internals.
 */
public class WebApplicationExceptionMapper {

    private final JsonBodyExceptionMapper jsonErrors = new JsonBodyExceptionMapper();

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        // The JSON reader wraps syntax errors in a 400 WebApplicationException; report what the syntax error was.
        Throwable cause = exception.getCause();
        if (cause instanceof JsonParseException parse) {
            return jsonErrors.malformedJson(parse);
        }
        if (cause instanceof JsonMappingException mapping) {
            return jsonErrors.unreadableJson(mapping);
        }
        if (cause instanceof JsonProcessingException json) {
            return jsonErrors.otherJsonProblem(json);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder answer = ErrorResponses.builder(status, describe(status), null);
        for (String header : new String[] { HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER }) {
            if (original.getHeaderString(header) != null) {
                answer.header(header, original.getHeaderString(header));
            }
        }
        return answer.build();
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "the request could not be read";
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "this resource offers none of the media types in the Accept header (the API documentation lists the ones it offers)";
            case 413 -> "request body too large";
            case 415 -> "request body must be application/json";
            default -> ErrorResponses.reasonPhrase(status);
        };
    }
}
