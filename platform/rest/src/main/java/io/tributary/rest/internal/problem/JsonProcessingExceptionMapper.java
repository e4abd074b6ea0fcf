package io.tributary.rest.internal.problem;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;

/**
 * A request body Jackson could not read is the caller's mistake: a 400 naming the field where Jackson knows it.
 * Jackson's own messages are not passed on, as they quote the input and name Java types.
 */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private static final String TITLE = Problems.title(400);

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (!(exception.getProcessor() instanceof JsonParser) || exception instanceof InvalidDefinitionException) {
            // failed writing a response, or a resource's class cannot be read at all: our bug, not the caller's
            return Problems.response(Problems.unexpected(500, exception));
        }
        if (!(exception instanceof JsonMappingException mapping)) {
            return badRequest("The request body is not valid JSON" + where(exception), List.of());
        }
        if (mapping.getPath().isEmpty()) {
            return badRequest("The request body " + complaint(mapping) + ".", List.of());
        }
        FieldError error = new FieldError(fieldPath(mapping.getPath()), complaint(mapping));
        return badRequest("The request body has an invalid field.", List.of(error));
    }

    private static Response badRequest(String detail, List<FieldError> errors) {
        return Problems.response(new Problem("about:blank", TITLE, 400, detail, errors));
    }

    /** Jackson's path as the caller wrote it, e.g. {@code items[2].quantity}. */
    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String complaint(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + kindOf(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private static String kindOf(Class<?> type) {
        boolean primitiveNumber = type.isPrimitive() && type != boolean.class && type != char.class;
        if (primitiveNumber || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            // the API writes enum values in lower case
            return "one of " + Stream.of(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)).toList();
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a string in the expected format"; // strings, UUIDs, URIs, ...
    }

    private static String where(JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return ".";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }
}
