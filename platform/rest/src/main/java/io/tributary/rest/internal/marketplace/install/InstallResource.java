package io.tributary.rest.internal.marketplace.install;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;

/** Installs a listing of a marketplace into this runtime without a restart; operators only. */
@Component(service = InstallResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("marketplace/install")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class InstallResource {

    private final MarketplaceInstaller installer;

    @Activate
    public InstallResource(@Reference MarketplaceInstaller installer) {
        this.installer = installer;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Downloads, checks (SHA-256, signature of a trusted publisher) and installs a version with "
            + "the listings it needs, all or nothing; 422 names the failed check, 409 when another version is "
            + "installed (upgrade instead) or it is yanked")
    @ApiResponse(responseCode = "201", description = "What was installed",
            content = @Content(schema = @Schema(implementation = InstallResultView.class)))
    public Response install(InstallRequest request, @Context SecurityContext security) {
        InstallResult result = installer.install(CallerPrincipal.callerOf(security), request.listingId(),
                request.version());
        return Response.status(Response.Status.CREATED).entity(InstallResultView.of(result)).build();
    }
}
