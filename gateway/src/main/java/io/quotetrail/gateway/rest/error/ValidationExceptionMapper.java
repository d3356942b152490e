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
     * The last property of the path ("ingest.submission.text" gives "text"), or the query parameter
     * ("search.pageSize" gives "pageSize"); none for the body itself.
     */
    private static Optional<String> fieldName(ConstraintViolation<?> violation) {
        String property = null;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        if (property == null && BODY_PARAMETER.equals(parameter)) {
            return Optional.empty(); // the body itself is missing or not an object
        }
        return Optional.ofNullable(property != null ? property : parameter);
    }

    private static int fieldRank(String field) {
        int rank = field == null ? -1 : FIELD_ORDER.indexOf(field);
        return rank < 0 ? FIELD_ORDER.size() : rank;
    }
}
