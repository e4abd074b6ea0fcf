package io.tributary.rest.internal.idempotency;

import java.net.URI;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The parts of a successful response that a replay repeats: status, {@code Location} and the entity, which is an
 * immutable value serialised again on each replay.
 */
public record StoredResponse(int status, URI location, MediaType mediaType, Object entity) {

    /** Tells the client it gets the answer of an earlier request rather than a new one. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public Response toResponse() {
        return Response.status(status).location(location).type(mediaType).entity(entity)
                .header(REPLAYED_HEADER, "true").build();
    }
}
