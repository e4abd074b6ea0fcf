package io.tributary.rest.internal.problem;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;

/**
 * A request body Jackson could not read is the caller's mistake: a 400 naming the field where Jackson knows it, the
 * key given twice, or the parser's limit that the body broke (nesting depth, length of a number or a name). Jackson's
 * own messages are not passed on, as they quote the input and name Java types.
 */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private static final String TITLE = Problems.title(400);
    // e.g. "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)"
    private static final Pattern CONSTRAINT = Pattern.compile("^(.+?) \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");

    @Override
    public Response toResponse(JsonProcessingException exception) {
        StreamConstraintsException limit = causeOf(exception, StreamConstraintsException.class);
        if (limit != null) {
            // checked first: the parser raises these without naming itself as their processor
            return badRequest(limitDetail(limit), List.of());
        }
        JsonParser duplicateIn = parserOfDuplicateKey(exception);
        if (duplicateIn != null) {
            FieldError error = new FieldError(fieldPath(duplicateIn.getParsingContext()), "is given more than once");
            return badRequest("The request body has a key more than once.", List.of(error));
        }
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
            appendStep(field, reference.getFieldName(), reference.getIndex());
        }
        return field.toString();
    }

    /** The path of the parser's position, in the same notation. */
    private static String fieldPath(JsonStreamContext position) {
        List<JsonStreamContext> fromRoot = new ArrayList<>();
        for (JsonStreamContext context = position; context != null && !context.inRoot(); context = context.getParent()) {
            fromRoot.add(0, context);
        }
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext context : fromRoot) {
            appendStep(field, context.inObject() ? context.getCurrentName() : null, context.getCurrentIndex());
        }
        return field.toString();
    }

    private static void appendStep(StringBuilder field, String name, int index) {
        if (name != null) {
            field.append(field.length() == 0 ? "" : ".").append(name);
        } else if (index >= 0) {
            field.append('[').append(index).append(']');
        }
    }

    /**
     * The parser that found a key twice in one object, or null for any other failure. Jackson has no type of its own
     * for this, only its message; the parser still stands on the repeated key.
     */
    private static JsonParser parserOfDuplicateKey(JsonProcessingException exception) {
        JsonParseException parse = causeOf(exception, JsonParseException.class);
        boolean duplicate = parse != null && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field ");
        return duplicate ? parse.getProcessor() : null;
    }

    /**
     * Names the parser's limit that the body broke, e.g. "document nesting depth may be at most 1000", from Jackson's
     * message, which carries only the numbers and the limit's name, never the input.
     */
    private static String limitDetail(StreamConstraintsException exception) {
        Matcher limit = CONSTRAINT.matcher(String.valueOf(exception.getOriginalMessage()));
        if (!limit.find()) {
            return "The request body exceeds a limit of the JSON parser.";
        }
        return "The request body exceeds a limit of the JSON parser: " + limit.group(1).toLowerCase(Locale.ROOT)
                + " may be at most " + limit.group(2) + ".";
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
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
