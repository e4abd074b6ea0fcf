package io.tributary.rest.internal.marketplace.install;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.OptionalBody;

/** What this runtime installed from marketplaces, with available updates; upgrades and uninstalls. Operators only. */
@Component(service = InstalledResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("marketplace/installed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class InstalledResource {

    private final MarketplaceInstaller installer;

    @Activate
    public InstalledResource(@Reference MarketplaceInstaller installer) {
        this.installer = installer;
    }

    @GET
    @Operation(summary = "Everything installed from marketplaces, by listing, with available updates and warnings")
    public ListPage<InstalledItemView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                            @Context SecurityContext security) {
        return ListPage.sorting(installer.installed(CallerPrincipal.callerOf(security)).stream()
                .map(InstalledItemView::of).toList(), InstalledItemView::listingId, limit, cursor);
    }

    @POST
    @Path("{listingId}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the installed version by another, rolled back when any part fails")
    public InstallResultView upgrade(@PathParam("listingId") String listingId,
                                     @RequestBody(content = @Content(schema = @Schema(
                                             implementation = VersionRequest.class))) InputStream body,
                                     @Context SecurityContext security) throws IOException {
        VersionRequest request = OptionalBody.read(body, VersionRequest.class);
        return InstallResultView.of(installer.upgrade(CallerPrincipal.callerOf(security), listingId,
                request.version()));
    }

    @DELETE
    @Path("{listingId}")
    @Operation(summary = "Uninstalls a listing; 409 naming its users while flows use it (unless forced) or "
            + "installed integrations need it")
    public Response uninstall(@PathParam("listingId") String listingId,
                              @Parameter(description = "uninstall a connector even while flows use it")
                              @QueryParam("force") @DefaultValue("false") boolean force,
                              @Context SecurityContext security) {
        installer.uninstall(CallerPrincipal.callerOf(security), listingId, force);
        return Response.noContent().build();
    }
}
