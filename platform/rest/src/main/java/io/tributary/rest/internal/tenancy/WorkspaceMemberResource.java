package io.tributary.rest.internal.tenancy;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.validation.Required;

/** The members of a workspace and their roles. */
@Component(service = WorkspaceMemberResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("workspaces/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenancy")
public class WorkspaceMemberResource {

    /** The body of {@code PUT /workspaces/{id}/members/{userId}}. */
    public record MemberRequest(@Required
                                @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                                @Schema(type = "string", allowableValues = {"manage", "monitor"})
                                WorkspaceRole role) {
    }

    private final TenancyService tenancy;

    @Activate
    public WorkspaceMemberResource(@Reference TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @PUT
    @Path("{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes a user of the tenant a member with a role, or changes their role")
    public MembershipView put(@PathParam("id") String workspaceId, @PathParam("userId") String userId,
                              MemberRequest request, @Context SecurityContext security) {
        return MembershipView.of(
                tenancy.putMember(CallerPrincipal.callerOf(security), workspaceId, userId, request.role()));
    }

    @DELETE
    @Path("{userId}")
    @Operation(summary = "Removes a member from the workspace")
    public Response remove(@PathParam("id") String workspaceId, @PathParam("userId") String userId,
                           @Context SecurityContext security) {
        tenancy.removeMember(CallerPrincipal.callerOf(security), workspaceId, userId);
        return Response.noContent().build();
    }
}
