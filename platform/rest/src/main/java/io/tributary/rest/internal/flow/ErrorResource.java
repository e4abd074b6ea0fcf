package io.tributary.rest.internal.flow;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorService;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.tenancy.Caller;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.OptionalBody;
import io.tributary.rest.internal.validation.QueryParameters;

/** The error queue: records that failed in runs, retried (with edits), resolved by hand or by a later success. */
@Component(service = ErrorResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("errors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "flows")
public class ErrorResource {

    private final ErrorService errors;

    @Activate
    public ErrorResource(@Reference ErrorService errors) {
        this.errors = errors;
    }

    @GET
    @Operation(summary = "Errors the caller may see, newest first")
    public ListPage<ErrorView> list(@Parameter(description = "only this flow's") @QueryParam("flow") String flowId,
                                    @Parameter(description = "only this run's") @QueryParam("run") String runId,
                                    @Parameter(schema = @Schema(allowableValues = {"open", "resolved",
                                            "auto-resolved"}))
                                    @QueryParam("status") String status,
                                    @Parameter(description = "only this workspace's")
                                    @QueryParam("workspace") String workspaceId,
                                    @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                    @Context SecurityContext security) {
        ErrorStatus wanted = QueryParameters.oneOf("status", status, ErrorStatus.values(), ErrorStatus::jsonName);
        ErrorQuery query = new ErrorQuery(workspaceId, flowId, runId, wanted, ListPage.limit(limit), cursor);
        return ListPage.of(errors.errors(CallerPrincipal.callerOf(security), query), ErrorView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One error with the record that failed")
    public ErrorView error(@PathParam("id") String id, @Context SecurityContext security) {
        return ErrorView.of(errors.error(CallerPrincipal.callerOf(security), id));
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends the record (or an edited one) through the flow again now; resolved when it "
            + "succeeds, open with one more attempt when not; 409 unless open")
    public ErrorView retry(@PathParam("id") String id,
                           @RequestBody(content = @Content(schema = @Schema(implementation = RetryRequest.class)))
                           InputStream body,
                           @Context SecurityContext security) throws IOException {
        RetryRequest request = OptionalBody.read(body, RetryRequest.class);
        return ErrorView.of(errors.retry(CallerPrincipal.callerOf(security), id, request.record()));
    }

    @POST
    @Path("retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retries up to " + RetryAllRequest.MAX_IDS + " open errors, each as it is")
    public RetriedErrors retryAll(RetryAllRequest request, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.callerOf(security);
        return new RetriedErrors(errors.retry(caller, request.checkedIds()).stream().map(ErrorView::of).toList());
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Marks an open error resolved by the caller; 409 unless open")
    public ErrorView resolve(@PathParam("id") String id, @Context SecurityContext security) {
        return ErrorView.of(errors.resolve(CallerPrincipal.callerOf(security), id));
    }
}
