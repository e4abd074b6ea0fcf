package io.tributary.rest.internal.problem;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.server.ParamException;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;

/**
 * HTTP errors raised by Jersey (no matching path or method, unsupported media type, ...) or by resources.
 * The status and headers stay (a 405 keeps its {@code Allow}); only the body becomes a problem.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original; // redirects and the like are not problems
        }
        Problem problem = status >= 500 ? Problems.unexpected(status, exception) : clientProblem(exception, status);
        // fromResponse keeps the headers, such as Allow on a 405
        return Response.fromResponse(original)
                .status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private Problem clientProblem(WebApplicationException exception, int status) {
        if (exception instanceof ParamException.PathParamException) {
            return Problem.of(404, Problems.title(404), noResourceDetail()); // a malformed id names nothing
        }
        if (exception instanceof ParamException parameter) {
            return badParameter(parameter);
        }
        return Problem.of(status, Problems.title(status), clientDetail(exception, status));
    }

    /** JAX-RS answers a query parameter that cannot be converted with 404; it is the request that is bad. */
    private static Problem badParameter(ParamException exception) {
        String name = exception.getParameterName();
        String message = "has the wrong type or format";
        return new Problem("about:blank", Problems.title(400), 400, "Parameter '" + name + "' " + message,
                List.of(new FieldError(name, message)));
    }

    private String clientDetail(WebApplicationException exception, int status) {
        if (hasOwnMessage(exception, status)) {
            return exception.getMessage(); // set by our own code on purpose
        }
        return switch (status) {
            case 404 -> noResourceDetail();
            case 405 -> "Method " + request.getMethod() + " is not allowed for " + path() + "; see the Allow header.";
            case 406 -> "None of the media types in the Accept header can be produced for " + path() + ".";
            case 415 -> "The request's Content-Type is not supported by " + path() + ".";
            default -> null;
        };
    }

    /** Jersey's own exceptions carry the generated message "HTTP 404 Not Found". */
    private static boolean hasOwnMessage(WebApplicationException exception, int status) {
        String generated = "HTTP " + status + " " + exception.getResponse().getStatusInfo().getReasonPhrase();
        return exception.getMessage() != null && !exception.getMessage().equals(generated);
    }

    private String noResourceDetail() {
        return "No resource at " + path() + ".";
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
