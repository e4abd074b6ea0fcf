package io.tributary.rest.internal.identity;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;

/** The caller themselves. */
@Component(service = MeResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class MeResource {

    private final IdentityService identity;

    @Activate
    public MeResource(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The caller: user, tenant, tenant role and workspace memberships")
    public ProfileView me(@Context SecurityContext security) {
        return ProfileView.of(identity.profile(CallerPrincipal.callerOf(security)));
    }
}
