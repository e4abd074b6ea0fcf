package io.tributary.rest.internal.connection;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;

/** Connections of workspaces to outside systems; their secrets never come back unmasked. */
@Component(service = ConnectionResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("connections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "connections")
public class ConnectionResource {

    private final ConnectionService connections;

    @Activate
    public ConnectionResource(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @GET
    @Operation(summary = "The connections of a workspace, or of every workspace the caller may see")
    public ListPage<ConnectionView> list(@Parameter(description = "a workspace id; absent for all")
                                         @QueryParam("workspace") String workspaceId,
                                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                         @Context SecurityContext security) {
        Caller caller = CallerPrincipal.callerOf(security);
        return ListPage.sorting(connections.connections(caller, workspaceId).stream().map(ConnectionView::of).toList(),
                connection -> ListPage.nameThenId(connection.name(), connection.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a connection; managers of its workspace")
    public Response create(ConnectionRequest request, @Context SecurityContext security) {
        Connection created = connections.create(CallerPrincipal.callerOf(security), request.toDraft());
        return Response.created(UriBuilder.fromPath("connections/{id}").build(created.id()))
                .entity(ConnectionView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One connection, secrets masked")
    public ConnectionView connection(@PathParam("id") String id, @Context SecurityContext security) {
        return ConnectionView.of(connections.connection(CallerPrincipal.callerOf(security), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a connection; a masked or absent secret keeps its stored value")
    public ConnectionView update(@PathParam("id") String id, ConnectionRequest request,
                                 @Context SecurityContext security) {
        return ConnectionView.of(connections.update(CallerPrincipal.callerOf(security), id, request.toDraft()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a connection")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        connections.delete(CallerPrincipal.callerOf(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Tests the connection with its connector: {ok, message}")
    public ConnectionTest test(@PathParam("id") String id, @Context SecurityContext security) {
        return connections.test(CallerPrincipal.callerOf(security), id);
    }
}
