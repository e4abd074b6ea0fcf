package io.tributary.rest.internal.validation;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.problem.Problems;

/**
 * Checks every request body as it is read: a JSON {@code null} is no body (400), and a record missing
 * {@link Required} fields is a 422 naming all of them at once, so resources never see an incomplete request.
 */
public final class RequiredFieldsInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null) {
            throw new ProblemException(Problem.of(400, Problems.title(400), "The request body must be an object."));
        }
        List<FieldError> missing = missingFields(body);
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.invalid("The request body lacks required fields.", missing));
        }
        return body;
    }

    /** The {@link Required} fields that are null or blank, as paths from the body's root; empty for non-records. */
    public static List<FieldError> missingFields(Object body) {
        List<FieldError> missing = new ArrayList<>();
        collectMissing(body, "", missing);
        return missing;
    }

    private static void collectMissing(Object value, String prefix, List<FieldError> missing) {
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String path = prefix + component.getName();
            if (field == null || field instanceof String text && text.isBlank()) {
                if (component.isAnnotationPresent(Required.class)) {
                    missing.add(new FieldError(path, "is required"));
                }
            } else {
                collectMissing(field, path + ".", missing);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of a request body", e);
        }
    }
}
