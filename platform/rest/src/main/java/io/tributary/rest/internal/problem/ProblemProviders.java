package io.tributary.rest.internal.problem;

import java.lang.annotation.Annotation;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.problem.RetryLaterException;
import io.tributary.rest.internal.body.BodyTooLargeException;

/** The small providers that make every error response a problem; the larger mappers have files of their own. */
public final class ProblemProviders {

    private ProblemProviders() {
    }

    /** A service ended the request on purpose: its problem is the answer, as it is, with when to retry if known. */
    public static final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

        @Override
        public Response toResponse(ProblemException exception) {
            Response response = Problems.response(exception.problem());
            if (exception instanceof RetryLaterException retryLater) {
                response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryLater.retryAfterSeconds());
            }
            return response;
        }
    }

    /** A request body longer than its endpoint takes, met while a parser or a resource read it. */
    public static final class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

        @Override
        public Response toResponse(BodyTooLargeException exception) {
            return Problems.response(exception.problem());
        }
    }

    /** Anything no other mapper claims is a bug: a 500 with a reference id, the details only in the log. */
    public static final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

        @Override
        public Response toResponse(Throwable exception) {
            return Problems.response(Problems.unexpected(500, exception));
        }
    }

    /** Gives error responses that have no body (e.g. {@code Response.status(409).build()}) a problem body. */
    public static final class EmptyErrorBodyFilter implements ContainerResponseFilter {

        private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            int status = response.getStatus();
            if (status >= 400 && !response.hasEntity()) {
                response.setEntity(Problem.of(status, Problems.title(status), null), new Annotation[0], PROBLEM);
            }
        }
    }
}
