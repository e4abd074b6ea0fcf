package io.tributary.publisher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A marketplace's "no" in words: the problem's title and detail and every field error of an RFC 9457
 * {@code application/problem+json} answer ({@code {type, title, status, detail, errors: [{field, message}]}}), or
 * the status and the start of the body of any other answer.
 */
final class Refusal {

    private static final int MAX_BODY = 500;

    private Refusal() {
    }

    static String describe(int status, String contentType, String body) {
        Map<String, Object> problem = problem(contentType, body);
        if (problem == null) {
            String text = body.strip();
            if (text.length() > MAX_BODY) {
                text = text.substring(0, MAX_BODY) + "...";
            }
            return "refused with HTTP " + status + (text.isEmpty() ? "" : ": " + text);
        }
        StringBuilder message = new StringBuilder("refused with HTTP ").append(status).append(": ")
                .append(problem.get("title"));
        if (problem.get("detail") != null) {
            message.append(": ").append(problem.get("detail"));
        }
        if (problem.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                message.append("\n  ").append(fieldError(error));
            }
        }
        return message.toString();
    }

    private static String fieldError(Object error) {
        if (error instanceof Map<?, ?> fieldError) {
            return fieldError.get("field") + ": " + fieldError.get("message");
        }
        return Objects.toString(error);
    }

    /** The problem object, or null when the answer is not one. */
    private static Map<String, Object> problem(String contentType, String body) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")
                && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return null;
        }
        try {
            Map<String, Object> problem = Json.parseObject(body);
            return problem.get("title") instanceof String ? problem : null;
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }
}
