package io.tributary.rest.internal.marketplace.install;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;

/**
 * The descriptor of a listing version as this runtime would install it: an integration's slots, settings schema
 * and flow templates, or a connector's connection and operation schemas. Read from the verified artifact only, so
 * an install wizard shows exactly what will be installed.
 */
@Component(service = DescriptorResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("marketplace/listings/{id}/versions/{version}/descriptor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class DescriptorResource {

    private final MarketplaceInstaller installer;

    @Activate
    public DescriptorResource(@Reference MarketplaceInstaller installer) {
        this.installer = installer;
    }

    @GET
    @Operation(summary = "The descriptor (integration.json or connector.json) of a version, from its verified "
            + "artifact; 404 for an unknown listing or version, 422 when its publisher is not trusted here")
    @ApiResponse(responseCode = "200", description = "The descriptor",
            content = @Content(schema = @Schema(type = "object")))
    public ObjectNode descriptor(@PathParam("id") String id, @PathParam("version") String version,
                                 @Context SecurityContext security) {
        CallerPrincipal.callerOf(security);
        return installer.descriptor(id, version);
    }
}
