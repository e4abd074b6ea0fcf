package io.tributary.rest.internal.identity;

import java.time.Instant;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.NewApiToken;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.Required;

/** The caller's API tokens: bearer secrets for scripts and other systems, acting as the caller. */
@Component(service = TokenResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class TokenResource {

    /** The body of {@code POST /tokens}. */
    public record TokenRequest(@Required String name,
                               @Schema(description = "null or absent: the token does not expire") Instant expiresAt) {
    }

    private final IdentityService identity;

    @Activate
    public TokenResource(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The caller's API tokens, never their secrets")
    public ListPage<ApiToken> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                   @Context SecurityContext security) {
        return ListPage.sorting(identity.tokens(CallerPrincipal.callerOf(security)),
                token -> ListPage.nameThenId(token.name(), token.id()), limit, cursor);
    }

    // not @Idempotent: a replay would show the secret a second time, and it is shown once
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an API token; its secret is in this response only")
    public Response create(TokenRequest request, @Context SecurityContext security) {
        NewApiToken created = identity.createToken(CallerPrincipal.callerOf(security), request.name(),
                request.expiresAt());
        return Response.created(UriBuilder.fromPath("tokens/{id}").build(created.token().id()))
                .entity(CreatedToken.of(created)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes an API token: the caller's own, or for tenant admins any of their tenant")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        identity.revokeToken(CallerPrincipal.callerOf(security), id);
        return Response.noContent().build();
    }
}
