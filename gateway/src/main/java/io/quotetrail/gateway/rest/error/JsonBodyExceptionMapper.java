package io.quotetrail.gateway.rest.error;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A request body that is not the JSON the endpoint expects: 400 saying what is wrong and where, in the
 * caller's terms (line and column, field name, expected JSON type), never Jackson's class names.
 */
public class JsonBodyExceptionMapper {

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception) {
        return ErrorResponses.response(400, "request body is not valid JSON" + at(exception.getLocation())
                + ": " + describeSyntaxError(exception.getOriginalMessage()), null);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception) {
        String field = path(exception.getPath());
        if (field.isEmpty()) {
            return ErrorResponses.response(400, "request body must be a JSON object", null);
        }
        return ErrorResponses.response(400, field + " must be " + expectedJsonType(exception.getTargetType()), field);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException exception) {
        // A syntax error met while binding a field arrives wrapped in a mapping exception.
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse);
            }
        }
        String field = path(exception.getPath());
        return ErrorResponses.response(400, field.isEmpty() ? "request body could not be read as an article"
                : field + " has an invalid value", field.isEmpty() ? null : field);
    }

    @ServerExceptionMapper
    public Response otherJsonProblem(JsonProcessingException exception) {
        return ErrorResponses.response(400, "request body is not valid JSON" + at(exception.getLocation()), null);
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's syntax messages are about the input ("Unexpected character ('}' ...)"); keep their first line only. */
    private static String describeSyntaxError(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String firstLine = message.lines().findFirst().orElse(message).strip();
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expectedJsonType(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
