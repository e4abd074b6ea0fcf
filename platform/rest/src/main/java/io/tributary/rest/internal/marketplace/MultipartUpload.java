package io.tributary.rest.internal.marketplace;

import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.problem.Problems;

/**
 * Reads a multipart/form-data upload, which the body limit has already bounded and spooled to a file: 415 without a
 * Content-Type, 400 for a body that is not complete multipart.
 */
final class MultipartUpload {

    private MultipartUpload() {
    }

    static FormDataMultiPart read(ContainerRequest request) {
        if (request.getMediaType() == null) {
            // Jersey matches a body without Content-Type to any @Consumes; the parser would fail on the missing boundary
            throw new ProblemException(new Problem("about:blank", Problems.title(415), 415,
                    "The request has no Content-Type; an upload is sent as multipart/form-data.",
                    List.of(new FieldError(HttpHeaders.CONTENT_TYPE, "must be " + MediaType.MULTIPART_FORM_DATA))));
        }
        try {
            return request.readEntity(FormDataMultiPart.class);
        } catch (BadRequestException e) {
            // the parser's verdict on what it was sent, e.g. no closing boundary
            throw new ProblemException(Problem.of(400, Problems.title(400),
                    "The request body is not a complete multipart/form-data body."));
        }
    }
}
