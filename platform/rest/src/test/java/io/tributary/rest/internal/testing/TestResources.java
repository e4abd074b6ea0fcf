package io.tributary.rest.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.glassfish.jersey.server.ContainerRequest;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.body.BodyLimit;
import io.tributary.rest.internal.body.SpooledBody;

/** Resources the tests contribute the way other bundles do. */
public final class TestResources {

    private TestResources() {
    }

    public record OrderLine(String sku, int quantity) {
    }

    public record Order(String customer, Instant placedAt, List<OrderLine> lines) {
    }

    /** Reads and writes JSON. */
    @Path("orders")
    public static final class Orders {

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Order echo(Order order) {
            return order;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<Order> list(@QueryParam("limit") int limit) {
            return List.of();
        }
    }

    /** Takes uploads of at most {@value #MAX_UPLOAD_BYTES} bytes and says how it got them. */
    @Path("uploads")
    public static final class Uploads {

        public static final int MAX_UPLOAD_BYTES = 64 << 10;

        public record Received(long size, boolean fromFile) {
        }

        @POST
        @BodyLimit(value = MAX_UPLOAD_BYTES, field = "file")
        @Consumes(MediaType.APPLICATION_OCTET_STREAM)
        @Produces(MediaType.APPLICATION_JSON)
        public Received upload(InputStream body, @Context ContainerRequest request) throws IOException {
            return new Received(body.transferTo(OutputStream.nullOutputStream()), SpooledBody.of(request).isPresent());
        }
    }

    /** Fails in the ways resources fail. */
    @Path("failures")
    public static final class Failures {

        @GET
        @Path("bug")
        public String bug() {
            throw new IllegalStateException("secret internal detail");
        }

        @GET
        @Path("bare-conflict")
        public Response bareConflict() {
            return Response.status(Response.Status.CONFLICT).build();
        }

        @GET
        @Path("rule")
        public String rule() {
            throw new ProblemException(Problem.invalid("The flow is not valid.",
                    List.of(new FieldError("source.table", "is required"))));
        }
    }

    /** Another resource on a path the tests can watch come and go. */
    @Path("ping")
    public static final class Ping {

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "pong";
        }
    }

    /** Claims the same path and method as {@link Ping}; Jersey refuses to start with both. */
    @Path("ping")
    public static final class ConflictingPing {

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "pong too";
        }
    }
}
