package io.tributary.rest.internal.identity;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.Session;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.AuthenticationFilter;
import io.tributary.rest.internal.auth.Unauthenticated;
import io.tributary.rest.internal.validation.Required;

/** Signing in for a bearer token, and out again. */
@Component(service = AuthResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class AuthResource {

    /** Configuration (PID {@code io.tributary.rest.internal.identity.AuthResource}). */
    @interface Config {
        /**
         * Take the client address for login rate limits from the last {@code X-Forwarded-For} entry. Only behind
         * a reverse proxy that sets it: otherwise any client could pick its own address.
         */
        boolean trustForwardedFor() default false;
    }

    /** The body of {@code POST /auth/login}. */
    public record LoginRequest(@Required String username, @Required String password) {
    }

    private final IdentityService identity;
    private final boolean trustForwardedFor;

    @Activate
    public AuthResource(@Reference IdentityService identity, Config config) {
        this(identity, config.trustForwardedFor());
    }

    /** @param trustForwardedFor see {@link Config#trustForwardedFor()} */
    public AuthResource(IdentityService identity, boolean trustForwardedFor) {
        this.identity = identity;
        this.trustForwardedFor = trustForwardedFor;
    }

    @POST
    @Path("login")
    @Unauthenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signs in: a bearer token and when it expires",
            description = "Needs no authentication. 401 for a wrong user name or password, "
                    + "429 after repeated failures, with Retry-After: the seconds until sign-ins are allowed again.")
    public Session login(LoginRequest login, @Parameter(hidden = true) @Context HttpServletRequest request) {
        return identity.login(login.username(), login.password(), clientAddress(request));
    }

    @POST
    @Path("logout")
    @Operation(summary = "Ends the session of the bearer token used for this request")
    public Response logout(@Context HttpHeaders headers) {
        AuthenticationFilter.bearerToken(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .ifPresent(identity::logout);
        return Response.noContent().build();
    }

    private String clientAddress(HttpServletRequest request) {
        String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        // the last entry is the one our own proxy added; earlier ones are whatever the client claimed
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].trim();
    }
}
