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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Workspace;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.MergePatch;
import io.tributary.rest.internal.validation.Required;

/** Workspaces (Celigo "tiles"): their flows and connections, copies of them, and their export and import. */
@Component(service = WorkspaceResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenancy")
public class WorkspaceResource {

    /** The body of {@code POST /workspaces}. */
    public record WorkspaceRequest(@Required String name, String description) {
    }

    /** The body of {@code PATCH /workspaces/{id}}: a merge patch, only the fields to change. */
    public record WorkspaceChanges(String name, String description) {
    }

    /** The body of {@code POST /workspaces/{id}/clone}; {@code sandbox} is false when absent. */
    public record CloneRequest(@Required String name, Boolean sandbox) {
    }

    private final TenancyService tenancy;

    @Activate
    public WorkspaceResource(@Reference TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @GET
    @Operation(summary = "The workspaces the caller may see")
    public ListPage<WorkspaceView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                        @Context SecurityContext security) {
        return ListPage.sorting(
                tenancy.workspaces(CallerPrincipal.callerOf(security)).stream().map(WorkspaceView::of).toList(),
                workspace -> ListPage.nameThenId(workspace.name(), workspace.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a workspace; tenant admins")
    public Response create(WorkspaceRequest request, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.callerOf(security);
        return created(tenancy.createWorkspace(caller, request.name(), request.description()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workspace with its members")
    public WorkspaceView workspace(@PathParam("id") String id, @Context SecurityContext security) {
        return WorkspaceView.of(tenancy.workspace(CallerPrincipal.callerOf(security), id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Renames or re-describes a workspace; fields left out stay as they are")
    public WorkspaceView update(@PathParam("id") String id,
                                @RequestBody(content = @Content(
                                        schema = @Schema(implementation = WorkspaceChanges.class))) ObjectNode patch,
                                @Context SecurityContext security) throws JsonProcessingException {
        WorkspaceChanges changes = MergePatch.read(patch, WorkspaceChanges.class);
        Caller caller = CallerPrincipal.callerOf(security);
        return WorkspaceView.of(tenancy.updateWorkspace(caller, id, changes.name(), changes.description()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a workspace with its connections and flows")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        tenancy.deleteWorkspace(CallerPrincipal.callerOf(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/clone")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new workspace with copies of the flows and connection shells (no secrets)")
    public Response copy(@PathParam("id") String id, CloneRequest request, @Context SecurityContext security) {
        boolean sandbox = Boolean.TRUE.equals(request.sandbox());
        return created(tenancy.cloneWorkspace(CallerPrincipal.callerOf(security), id, request.name(), sandbox));
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "One JSON document with the workspace's flows and connection shells, without secrets")
    public ObjectNode export(@PathParam("id") String id, @Context SecurityContext security) {
        return tenancy.exportWorkspace(CallerPrincipal.callerOf(security), id);
    }

    @POST
    @Path("{id}/import")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds the flows and connection shells of an exported document to the workspace")
    public WorkspaceView importDocument(@PathParam("id") String id, ObjectNode document,
                                        @Context SecurityContext security) {
        return WorkspaceView.of(tenancy.importWorkspace(CallerPrincipal.callerOf(security), id, document));
    }

    private static Response created(Workspace workspace) {
        return Response.created(UriBuilder.fromPath("workspaces/{id}").build(workspace.id()))
                .entity(WorkspaceView.of(workspace)).build();
    }
}
