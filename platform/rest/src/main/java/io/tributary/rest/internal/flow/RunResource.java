package io.tributary.rest.internal.flow;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunService;
import io.tributary.api.flow.RunStatus;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.QueryParameters;

/** The history of runs, the outcome of every record they read, and stopping a run. */
@Component(service = RunResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "flows")
public class RunResource {

    private final RunService runs;

    @Activate
    public RunResource(@Reference RunService runs) {
        this.runs = runs;
    }

    @GET
    @Operation(summary = "Runs the caller may see, newest first")
    public ListPage<RunView> list(@Parameter(description = "only this flow's") @QueryParam("flow") String flowId,
                                  @Parameter(schema = @Schema(allowableValues = {"queued", "running", "succeeded",
                                          "partial", "failed", "cancelled"}))
                                  @QueryParam("status") String status,
                                  @Parameter(description = "only this workspace's")
                                  @QueryParam("workspace") String workspaceId,
                                  @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                  @Context SecurityContext security) {
        RunStatus wanted = QueryParameters.oneOf("status", status, RunStatus.values(), RunStatus::jsonName);
        RunQuery query = new RunQuery(workspaceId, flowId, wanted, ListPage.limit(limit), cursor);
        return ListPage.of(runs.runs(CallerPrincipal.callerOf(security), query), RunView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run with its counts so far")
    public RunView run(@PathParam("id") String id, @Context SecurityContext security) {
        return RunView.of(runs.run(CallerPrincipal.callerOf(security), id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Stops a queued run at once, a running one after the page in flight; 409 once finished")
    public RunView cancel(@PathParam("id") String id, @Context SecurityContext security) {
        return RunView.of(runs.cancel(CallerPrincipal.callerOf(security), id));
    }

    @GET
    @Path("{id}/records")
    @Operation(summary = "The outcome of every record of the run, in the order they were read")
    public ListPage<RecordOutcomeView> records(@PathParam("id") String id,
                                               @Parameter(schema = @Schema(allowableValues = {"success", "ignored",
                                                       "error"}))
                                               @QueryParam("outcome") String outcome,
                                               @QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor,
                                               @Context SecurityContext security) {
        RecordOutcome.Outcome wanted = QueryParameters.oneOf("outcome", outcome, RecordOutcome.Outcome.values(),
                RecordOutcome.Outcome::jsonName);
        return ListPage.of(runs.records(CallerPrincipal.callerOf(security), id, wanted, ListPage.limit(limit), cursor),
                RecordOutcomeView::of);
    }
}
