package io.tributary.rest.internal.health;

import java.util.Optional;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.store.Store;
import io.tributary.rest.internal.auth.Unauthenticated;

/** {@code GET /health}: open to everyone, for load balancers and monitoring. */
@Path("health")
@Tag(name = "platform")
public final class HealthResource {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    private static final int STORE_TIMEOUT_SECONDS = 2;

    /** The body of the answer. */
    @Schema(description = "Whether the platform is up (its database answers and users can sign in), and its database")
    public record Health(
            @Schema(allowableValues = {UP, DOWN}) String status,
            @Schema(description = "The platform version", example = "1.0.0") String version,
            StoreHealth store,
            @Schema(allowableValues = {UP, DOWN}, description = "Whether POST /auth/login is served") String signIn) {
    }

    /** The database; its kind is null when there is no store at all. */
    @Schema(description = "The platform database")
    public record StoreHealth(
            @Schema(allowableValues = {"derby", "postgresql"}, nullable = true) String kind,
            @Schema(allowableValues = {UP, DOWN}) String status) {
    }

    private final Supplier<Optional<Store>> store;
    private final String version;
    private final boolean signIn;

    /** @param signIn whether this API generation serves sign-in: without it, nobody can use the platform yet */
    public HealthResource(Supplier<Optional<Store>> store, String version, boolean signIn) {
        this.store = store;
        this.version = version;
        this.signIn = signIn;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the platform and its database are up",
            description = "Needs no authentication. UP only when the database answers within "
                    + STORE_TIMEOUT_SECONDS + " seconds and users can sign in.")
    @ApiResponse(responseCode = "200", description = "The platform and its database are up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @ApiResponse(responseCode = "503", description = "There is no database, it does not answer, or sign-in is not served yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @Unauthenticated
    public Response health() {
        StoreHealth storeHealth = store.get().map(HealthResource::check).orElse(new StoreHealth(null, DOWN));
        boolean up = UP.equals(storeHealth.status()) && signIn;
        Health health = new Health(up ? UP : DOWN, version, storeHealth, signIn ? UP : DOWN);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(health).build();
    }

    private static StoreHealth check(Store store) {
        String kind = store.kind();
        try {
            return new StoreHealth(kind, store.isAvailable(STORE_TIMEOUT_SECONDS) ? UP : DOWN);
        } catch (RuntimeException e) {
            LOG.warn("The {} store failed its availability check", kind, e);
            return new StoreHealth(kind, DOWN);
        }
    }
}
