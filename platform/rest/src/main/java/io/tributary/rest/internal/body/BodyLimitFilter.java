package io.tributary.rest.internal.body;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.glassfish.jersey.server.CloseableService;

import io.tributary.api.problem.ProblemException;

/**
 * Bounds every request body by what its endpoint takes: {@code maxJsonBytes}, or the {@link BodyLimit} of an upload
 * endpoint. A declared {@code Content-Length} above the limit is a 413 before a byte is read; a body that turns out
 * longer is a 413 as soon as it passes the limit. An upload is read here, into a {@link SpooledBody} that is deleted
 * once the response is ready, so that nothing after this filter holds it in memory or meets the limit halfway
 * through. It runs after authentication and authorization: a caller who may not use the endpoint gets nothing read.
 */
@Priority(Priorities.ENTITY_CODER)
public final class BodyLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final long maxJsonBytes;
    private final Path spoolDirectory;

    @Context
    private ResourceInfo resource;

    @Context
    private CloseableService requestEnd;

    /**
     * @param maxJsonBytes   the largest body of an endpoint without {@link BodyLimit}
     * @param spoolDirectory where uploads are spooled; null for the system's default
     */
    public BodyLimitFilter(long maxJsonBytes, Path spoolDirectory) {
        this.maxJsonBytes = maxJsonBytes;
        this.spoolDirectory = spoolDirectory;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        BodyLimit upload = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(BodyLimit.class);
        long maxBytes = upload == null ? maxJsonBytes : upload.value();
        String field = upload == null ? "" : upload.field();
        if (declaredLength(request) > maxBytes) {
            throw new ProblemException(new BodyTooLargeException(maxBytes, field).problem());
        }
        InputStream limited = new LimitedStream(request.getEntityStream(), maxBytes, field);
        if (upload == null || !request.hasEntity()) {
            request.setEntityStream(limited);
            return;
        }
        SpooledBody spooled;
        try {
            spooled = SpooledBody.copy(limited, spoolDirectory);
        } catch (BodyTooLargeException e) {
            throw new ProblemException(e.problem());
        }
        // deleted by the response filter before the answer leaves, or by Jersey should a failure skip that filter
        requestEnd.add(spooled);
        spooled.attachTo(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Optional<SpooledBody> spooled = SpooledBody.of(request);
        if (spooled.isPresent()) {
            spooled.get().close();
        }
    }

    /** -1 when absent; an unparsable value is the container's to refuse, not ours. */
    private static long declaredLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
