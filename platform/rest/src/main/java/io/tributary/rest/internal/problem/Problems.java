package io.tributary.rest.internal.problem;

import java.io.IOException;
import java.util.UUID;

import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.problem.Problem;
import io.tributary.rest.internal.ApiApplication;

/** Turns problems into HTTP responses, inside Jersey or straight onto a servlet response. */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper MAPPER = ApiApplication.objectMapper();

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** For servlets outside Jersey. */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        MAPPER.writeValue(response.getOutputStream(), problem);
    }

    /**
     * A server-side failure. The caller gets a reference id and nothing else; the log gets the id with the stack
     * trace, so the two can be matched without showing internals to the caller.
     */
    public static Problem unexpected(int status, Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Request failed with status {}, reference {}", status, reference, failure);
        return Problem.of(status, title(status), "The server could not complete the request. Reference: " + reference);
    }

    /** The standard reason phrase, e.g. "Not Found", for use as a problem's title. */
    public static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }
}
