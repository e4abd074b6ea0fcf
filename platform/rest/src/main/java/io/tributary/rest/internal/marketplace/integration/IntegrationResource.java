package io.tributary.rest.internal.marketplace.integration;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.marketplace.install.VersionRequest;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.OptionalBody;

/**
 * Prebuilt integrations installed into the caller's tenant: tenant admins install, upgrade and uninstall them;
 * members see those whose workspace they see, and managers of it fill its connection slots and settings.
 */
@Component(service = IntegrationResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("integrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class IntegrationResource {

    private final IntegrationService integrations;

    @Activate
    public IntegrationResource(@Reference IntegrationService integrations) {
        this.integrations = integrations;
    }

    @GET
    @Operation(summary = "The installed integrations whose workspace the caller sees, by name")
    public ListPage<Integration> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                      @Context SecurityContext security) {
        return ListPage.sorting(integrations.integrations(CallerPrincipal.callerOf(security)),
                integration -> ListPage.nameThenId(integration.name(), integration.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installs an integration into the caller's tenant: the connectors it needs, a workspace "
            + "with an empty connection per slot and its flows, disabled; tenant admins; 422 names settings.<field> "
            + "or what the install refused, leaving nothing behind")
    @ApiResponse(responseCode = "201", description = "The integration, its slots to fill",
            content = @Content(schema = @Schema(implementation = Integration.class)))
    public Response install(IntegrationRequest request, @Context SecurityContext security) {
        Integration installed = integrations.install(CallerPrincipal.callerOf(security), request.listingId(),
                request.version(), request.workspaceName(), request.settings());
        return Response.created(UriBuilder.fromPath("integrations/{id}").build(installed.id())).entity(installed)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One integration with its slots, flows and settings")
    public Integration integration(@PathParam("id") String id, @Context SecurityContext security) {
        return integrations.integration(CallerPrincipal.callerOf(security), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Uninstalls an integration: removes its flows; its workspace and connections stay; tenant "
            + "admins")
    public Response uninstall(@PathParam("id") String id, @Context SecurityContext security) {
        integrations.uninstall(CallerPrincipal.callerOf(security), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/connections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Points slots at connections of the integration's workspace; slots not named keep theirs; "
            + "422 names a slot that is unknown or whose connection does not fit")
    public Integration connections(@PathParam("id") String id,
                                   @RequestBody(description = "slot name to connection id", content = @Content(
                                           schema = @Schema(type = "object", additionalPropertiesSchema = String.class)))
                                   ObjectNode body,
                                   @Context SecurityContext security) {
        return integrations.setConnections(CallerPrincipal.callerOf(security), id, SlotConnections.of(body));
    }

    @PUT
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the settings and re-renders the flows, keeping flow fields a user changed that "
            + "the settings do not decide; 422 names settings.<field>")
    public Integration settings(@PathParam("id") String id,
                                @RequestBody(description = "values for the integration's settings schema",
                                        content = @Content(schema = @Schema(type = "object")))
                                ObjectNode settings,
                                @Context SecurityContext security) {
        return integrations.setSettings(CallerPrincipal.callerOf(security), id, settings);
    }

    @POST
    @Path("{id}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves to another version, keeping the settings, slot mappings and the flow fields the "
            + "user changed; tenant admins")
    public Integration upgrade(@PathParam("id") String id,
                               @RequestBody(content = @Content(schema = @Schema(implementation = VersionRequest.class)))
                               InputStream body,
                               @Context SecurityContext security) throws IOException {
        VersionRequest request = OptionalBody.read(body, VersionRequest.class);
        return integrations.upgrade(CallerPrincipal.callerOf(security), id, request.version());
    }
}
