package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one shape of every error answer, e.g.
 * {@code {"status":400,"error":"Bad Request","message":"text must not be blank","field":"text"}}.
 */
@Schema(name = "Error")
@JsonPropertyOrder({ "status", "error", "message", "field", "correlationId" })
public record ApiError(
        int status,
        @Schema(description = "The HTTP reason phrase.") String error,
        @Schema(description = "What went wrong, for a human.") String message,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The request field at fault, or null.") String field,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only on 500: quote it when reporting the problem; the details are in the server log.") String correlationId) {
}
