package io.tributary.rest.internal.tenancy;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.MergePatch;
import io.tributary.rest.internal.validation.Required;

/** The users of the caller's tenant, for tenant admins. */
@Component(service = UserResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenancy")
public class UserResource {

    /** The body of {@code POST /users}; {@code tenantRole} is {@code member} when absent. */
    public record UserRequest(@Required String username, @Required String password, @Required String email,
                              @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                              @Schema(type = "string", allowableValues = {"owner", "admin", "member"})
                              TenantRole tenantRole,
                              Boolean operator) {

        UserDraft toDraft() {
            return new UserDraft(username, password, email, tenantRole, operator);
        }
    }

    /** The body of {@code PATCH /users/{id}}: a merge patch, only the fields to change. */
    public record UserChanges(String username, String password, String email,
                              @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                              @Schema(type = "string", allowableValues = {"owner", "admin", "member"})
                              TenantRole tenantRole,
                              Boolean operator) {

        UserDraft toDraft() {
            return new UserDraft(username, password, email, tenantRole, operator);
        }
    }

    private final TenancyService tenancy;

    @Activate
    public UserResource(@Reference TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @GET
    @Operation(summary = "The users of the caller's tenant")
    public ListPage<UserView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                   @Context SecurityContext security) {
        return ListPage.sorting(tenancy.users(CallerPrincipal.callerOf(security)).stream().map(UserView::of).toList(),
                user -> ListPage.nameThenId(user.username(), user.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a user in the caller's tenant")
    public Response create(UserRequest request, @Context SecurityContext security) {
        User user = tenancy.createUser(CallerPrincipal.callerOf(security), request.toDraft());
        return Response.created(UriBuilder.fromPath("users/{id}").build(user.id())).entity(UserView.of(user)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    public UserView user(@PathParam("id") String id, @Context SecurityContext security) {
        return UserView.of(tenancy.user(CallerPrincipal.callerOf(security), id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Changes the fields given; those left out stay as they are")
    public UserView update(@PathParam("id") String id,
                           @RequestBody(content = @Content(
                                   schema = @Schema(implementation = UserChanges.class))) ObjectNode patch,
                           @Context SecurityContext security) throws JsonProcessingException {
        UserDraft changes = MergePatch.read(patch, UserChanges.class).toDraft();
        return UserView.of(tenancy.updateUser(CallerPrincipal.callerOf(security), id, changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a user")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        tenancy.deleteUser(CallerPrincipal.callerOf(security), id);
        return Response.noContent().build();
    }
}
