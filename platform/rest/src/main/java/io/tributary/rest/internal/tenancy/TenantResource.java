package io.tributary.rest.internal.tenancy;

import javax.ws.rs.Consumes;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.Required;

/** Tenants (accounts), for platform operators; the tenancy service refuses everyone else. */
@Component(service = TenantResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenancy")
public class TenantResource {

    /** The body of {@code POST /tenants}. */
    public record TenantRequest(@Required String name, @Required Owner owner) {
    }

    /** The tenant's first user, its owner, who can then sign in. */
    public record Owner(@Required String username, @Required String password, @Required String email) {

        UserDraft toDraft() {
            return new UserDraft(username, password, email, TenantRole.OWNER, null);
        }
    }

    private final TenancyService tenancy;

    @Activate
    public TenantResource(@Reference TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @GET
    @Operation(summary = "Every tenant; operators only")
    public ListPage<Tenant> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                 @Context SecurityContext security) {
        return ListPage.sorting(tenancy.tenants(CallerPrincipal.callerOf(security)),
                tenant -> ListPage.nameThenId(tenant.name(), tenant.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a tenant with its owner; operators only")
    public Response create(TenantRequest request, @Context SecurityContext security) {
        Tenant tenant = tenancy.createTenant(CallerPrincipal.callerOf(security), request.name(),
                request.owner().toDraft());
        return Response.created(UriBuilder.fromPath("tenants/{id}").build(tenant.id())).entity(tenant).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tenant; operators only")
    public Tenant tenant(@PathParam("id") String id, @Context SecurityContext security) {
        return tenancy.tenant(CallerPrincipal.callerOf(security), id);
    }
}
