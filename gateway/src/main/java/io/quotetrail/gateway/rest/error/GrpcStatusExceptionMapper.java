package io.quotetrail.gateway.rest.error;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quotetrail.gateway.rest.dto.ApiError;

/**
 * A backend's gRPC status as an HTTP answer. INVALID_ARGUMENT keeps the backend's message, which by contract
 * names the field; ALREADY_EXISTS and FAILED_PRECONDITION (a name another source holds, a merge the sources' state
 * forbids) are 409 with the backend's message; everything unexpected becomes a generic 500 whose details stay in
 * the server log under a correlation id.
 */
public class GrpcStatusExceptionMapper {

    private static final Logger LOG = Logger.getLogger(GrpcStatusExceptionMapper.class);

    /** Request fields a backend message may start with, in the proto's snake_case or the API's camelCase. */
    private static final Set<String> ARTICLE_FIELDS =
            Set.of("externalId", "title", "text", "outlet", "url", "publishedAt", "language", "id");
    /** The same for the source registry's requests (sources' aliases, merges, listing). */
    private static final Set<String> SOURCE_FIELDS =
            Set.of("aliases", "fromId", "intoId", "query", "kind", "pageSize", "pageToken");
    private static final Pattern LEADING_IDENTIFIER = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final int MAX_MESSAGE_CHARS = 300;

    private final BackendUnavailableConfig unavailable;

    public GrpcStatusExceptionMapper(BackendUnavailableConfig unavailable) {
        this.unavailable = unavailable;
    }

    @ServerExceptionMapper
    public Response statusRuntime(StatusRuntimeException exception) {
        return toResponse(exception.getStatus(), exception);
    }

    @ServerExceptionMapper
    public Response status(StatusException exception) {
        return toResponse(exception.getStatus(), exception);
    }

    private Response toResponse(Status status, Exception exception) {
        ApiError error = errorFor(status, exception);
        Response.ResponseBuilder answer = ErrorResponses.builder(error);
        if (error.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, ErrorResponses.INVALID_TOKEN_CHALLENGE);
        } else if (error.status() == 503) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfter().toSeconds()));
        }
        return answer.build();
    }

    /**
     * The API error for a backend's status: the body of an error answer, or one failed article's error in a batch.
     * An unexpected status is logged under a fresh correlation id, which the error carries.
     */
    public static ApiError errorFor(Status status, Throwable cause) {
        return switch (status.getCode()) {
            case INVALID_ARGUMENT -> {
                String message = clientMessage(status.getDescription(), "the request was refused as invalid");
                yield ErrorResponses.body(400, message, fieldNamedIn(message));
            }
            case NOT_FOUND -> {
                String message = clientMessage(status.getDescription(), "not found");
                yield ErrorResponses.body(404, message, fieldNamedIn(message));
            }
            case ALREADY_EXISTS, FAILED_PRECONDITION -> {
                String message = clientMessage(status.getDescription(), "the request conflicts with the current state");
                yield ErrorResponses.body(409, message, fieldNamedIn(message));
            }
            case UNAUTHENTICATED -> ErrorResponses.body(401, "the access token was not accepted", null);
            case PERMISSION_DENIED -> ErrorResponses.body(403, "the access token lacks the role this operation needs", null);
            case UNAVAILABLE, DEADLINE_EXCEEDED -> {
                LOG.warnf("Backend call failed with %s: %s", status.getCode(), status.getDescription());
                yield ErrorResponses.body(503, "a backend service is unavailable or did not answer in time; retry later", null);
            }
            default -> ErrorResponses.internalErrorBody(LOG, cause, "Backend call failed with " + status.getCode() + ": "
                    + status.getDescription());
        };
    }

    private static String clientMessage(String description, String fallback) {
        if (description == null || description.isBlank()) {
            return fallback;
        }
        String firstLine = description.lines().findFirst().orElse(description).strip();
        return firstLine.length() > MAX_MESSAGE_CHARS ? firstLine.substring(0, MAX_MESSAGE_CHARS) + "…" : firstLine;
    }

    /** "published_at must be …" or "publishedAt must be …" names the field publishedAt. */
    static String fieldNamedIn(String message) {
        Matcher matcher = LEADING_IDENTIFIER.matcher(message);
        if (!matcher.find()) {
            return null;
        }
        String candidate = snakeToCamel(matcher.group(1));
        return ARTICLE_FIELDS.contains(candidate) || SOURCE_FIELDS.contains(candidate) ? candidate : null;
    }

    private static String snakeToCamel(String name) {
        StringBuilder camel = new StringBuilder(name.length());
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upperNext = camel.length() > 0;
            } else if (upperNext) {
                camel.append(Character.toUpperCase(c));
                upperNext = false;
            } else {
                camel.append(camel.length() == 0 ? Character.toLowerCase(c) : c);
            }
        }
        return camel.toString();
    }
}
