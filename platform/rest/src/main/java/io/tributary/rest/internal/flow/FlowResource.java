package io.tributary.rest.internal.flow;

import java.io.IOException;
import java.io.InputStream;

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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.flow.Preview;
import io.tributary.api.flow.Run;
import io.tributary.api.tenancy.Caller;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.OptionalBody;
import io.tributary.rest.internal.validation.QueryParameters;

/**
 * Flows: their definitions, enabling their triggers, runs by hand, previews and daily statistics. Members with
 * {@code monitor} view, run and preview; changing a flow needs {@code manage}.
 */
@Component(service = FlowResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("flows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "flows")
public class FlowResource {

    static final int DEFAULT_STATS_DAYS = 30;
    static final int MAX_STATS_DAYS = 90;

    private final FlowService flows;

    @Activate
    public FlowResource(@Reference FlowService flows) {
        this.flows = flows;
    }

    @GET
    @Operation(summary = "The flows of a workspace, or of every workspace the caller may see, by name")
    public ListPage<FlowView> list(@Parameter(description = "a workspace id; absent for all")
                                   @QueryParam("workspace") String workspaceId,
                                   @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                   @Context SecurityContext security, @Context UriInfo uriInfo) {
        Caller caller = CallerPrincipal.callerOf(security);
        return ListPage.sorting(flows.flows(caller, workspaceId).stream().map(flow -> FlowView.of(flow, uriInfo))
                .toList(), flow -> ListPage.nameThenId(flow.name(), flow.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a flow; managers of its workspace; 422 names every field the engine refuses")
    public Response create(@RequestBody(description = "A flow definition with the workspaceId to create it in; "
                                   + "the read-only fields of a flow as read (id, hookUrl, createdAt, updatedAt) are "
                                   + "ignored", content = @Content(schema = @Schema(implementation = FlowView.class)))
                           ObjectNode body,
                           @Context SecurityContext security, @Context UriInfo uriInfo) {
        Flow created = flows.create(CallerPrincipal.callerOf(security), FlowBody.workspaceId(body),
                FlowBody.definition(body));
        return Response.created(UriBuilder.fromPath("flows/{id}").build(created.id()))
                .entity(FlowView.of(created, uriInfo)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One flow with its definition, as it can be sent back with PUT")
    public FlowView flow(@PathParam("id") String id, @Context SecurityContext security,
                         @Context UriInfo uriInfo) {
        return FlowView.of(flows.flow(CallerPrincipal.callerOf(security), id), uriInfo);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a flow's definition; a webhook flow keeps its URL")
    public FlowView update(@PathParam("id") String id,
                           @RequestBody(description = "A flow definition; the read-only fields of a flow as read "
                                   + "(id, workspaceId, hookUrl, createdAt, updatedAt) are ignored",
                                   content = @Content(schema = @Schema(implementation = FlowView.class)))
                           ObjectNode body,
                           @Context SecurityContext security, @Context UriInfo uriInfo) {
        Caller caller = CallerPrincipal.callerOf(security);
        return FlowView.of(flows.update(caller, id, FlowBody.definition(body)), uriInfo);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a flow with its runs and errors; 409 while it runs")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        flows.delete(CallerPrincipal.callerOf(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Makes the flow's trigger live: its schedule fires, its webhook accepts events")
    public FlowView enable(@PathParam("id") String id, @Context SecurityContext security,
                           @Context UriInfo uriInfo) {
        return FlowView.of(flows.enable(CallerPrincipal.callerOf(security), id, true), uriInfo);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Stops the flow's trigger; it can still be run by hand")
    public FlowView disable(@PathParam("id") String id, @Context SecurityContext security,
                            @Context UriInfo uriInfo) {
        return FlowView.of(flows.enable(CallerPrincipal.callerOf(security), id, false), uriInfo);
    }

    @POST
    @Path("{id}/runs")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts a run now; it goes on in the background. 409 while the flow runs, unless it queues")
    @ApiResponse(responseCode = "202", description = "The run, queued or running",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    public Response start(@PathParam("id") String id,
                          @RequestBody(content = @Content(schema = @Schema(implementation = StartRunRequest.class)))
                          InputStream body,
                          @Context SecurityContext security) throws IOException {
        StartRunRequest request = OptionalBody.read(body, StartRunRequest.class);
        Run run = flows.start(CallerPrincipal.callerOf(security), id, request.toRunRequest());
        return Response.accepted(RunView.of(run)).location(UriBuilder.fromPath("runs/{id}").build(run.id())).build();
    }

    @POST
    @Path("{id}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Runs the steps over sample records or the source's first records; writes nothing")
    public Preview preview(@PathParam("id") String id,
                           @RequestBody(content = @Content(schema = @Schema(implementation = PreviewRequest.class)))
                           InputStream body,
                           @Context SecurityContext security) throws IOException {
        PreviewRequest request = OptionalBody.read(body, PreviewRequest.class);
        request.check();
        return flows.preview(CallerPrincipal.callerOf(security), id, request.sample(), request.sourceLimit());
    }

    @GET
    @Path("{id}/stats")
    @Operation(summary = "Per-day runs, record outcomes and durations of the last days, today last")
    public FlowStats stats(@PathParam("id") String id,
                           @Parameter(description = "how many days, 1 to " + MAX_STATS_DAYS + "; "
                                   + DEFAULT_STATS_DAYS + " when absent")
                           @QueryParam("days") Integer days,
                           @Context SecurityContext security) {
        int span = QueryParameters.between("days", days, 1, MAX_STATS_DAYS, DEFAULT_STATS_DAYS);
        return new FlowStats(id, flows.stats(CallerPrincipal.callerOf(security), id, span));
    }
}
