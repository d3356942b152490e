package io.quotetrail.gateway.rest.error;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quotetrail.gateway.rest.validation.MaxUtf8Bytes;

/**
 * A request that breaks a constraint: 400 naming the first field at fault, or 413 when the fault is a size
 * limit on the payload ({@link MaxUtf8Bytes}).
 */
public class ValidationExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ValidationExceptionMapper.class);

    /** The order in which fields are reported when several are wrong: the required one first. */
    private static final List<String> FIELD_ORDER =
            List.of("text", "externalId", "title", "outlet", "url", "publishedAt", "language");

    /** Resources name their request body parameter so; its violations concern the body, not a field. */
    static final String BODY_PARAMETER = "submission";

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception) {
        List<ConstraintViolation<?>> violations = List.copyOf(exception.getConstraintViolations());
        if (violations.isEmpty() || violations.stream().anyMatch(ValidationExceptionMapper::isReturnValueViolation)) {
            // Our own answer broke a constraint: that is a bug here, not the caller's fault.
            return ErrorResponses.internalError(LOG, exception, "Invalid response");
        }
        ConstraintViolation<?> first = violations.stream()
                .sorted(Comparator.comparing(ValidationExceptionMapper::isPayloadTooLarge).reversed()
                        .thenComparing(v -> elementIndex(fieldName(v).orElse(null)))
                        .thenComparing(v -> fieldRank(fieldName(v).orElse(null))))
                .findFirst().orElseThrow();
        Optional<String> field = fieldName(first);
        int status = isPayloadTooLarge(first) ? 413 : 400;
        String message = field.map(name -> name + " " + first.getMessage()).orElse(first.getMessage());
        return ErrorResponses.response(status, message, field.orElse(null));
    }

    private static boolean isPayloadTooLarge(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof MaxUtf8Bytes;
    }

    private static boolean isReturnValueViolation(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body field as the caller wrote it: "ingest.submission.text" gives "text", a batch's
     * "ingestBatch.submission.articles[3].text" gives "articles[3].text"; or the query parameter
     * ("search.pageSize" gives "pageSize"); none for the body itself.
     */
    private static Optional<String> fieldName(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                property.setLength(0);
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                property.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                property.append(property.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (property.isEmpty() && BODY_PARAMETER.equals(parameter)) {
            return Optional.empty(); // the body itself is missing or not an object
        }
        return Optional.ofNullable(!property.isEmpty() ? property.toString() : parameter);
    }

    /**
     * The position of the list element a field is in ("articles[3].text" and "aliases[3]" give 3), or -1: of several
     * bad elements, the first one sent is named.
     */
    private static int elementIndex(String field) {
        int open = field == null ? -1 : field.indexOf('[');
        return open < 0 ? -1 : Integer.parseInt(field.substring(open + 1, field.indexOf(']', open)));
    }

    private static int fieldRank(String field) {
        String name = field == null ? null : field.substring(field.lastIndexOf('.') + 1);
        int rank = name == null ? -1 : FIELD_ORDER.indexOf(name);
        return rank < 0 ? FIELD_ORDER.size() : rank;
    }
}
