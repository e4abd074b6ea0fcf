package io.tributary.rest.internal.marketplace.install;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;

/**
 * The publishers this runtime installs from, each with the key pinned when an operator trusted it. Operators only:
 * nothing of an untrusted publisher is installed.
 */
@Component(service = TrustedPublisherResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("marketplace/trusted-publishers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class TrustedPublisherResource {

    private final MarketplaceInstaller installer;

    @Activate
    public TrustedPublisherResource(@Reference MarketplaceInstaller installer) {
        this.installer = installer;
    }

    @GET
    @Operation(summary = "The trusted publishers, by name")
    public ListPage<TrustedPublisher> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                           @Context SecurityContext security) {
        return ListPage.sorting(installer.trustedPublishers(CallerPrincipal.callerOf(security)),
                trusted -> ListPage.nameThenId(trusted.name(), trusted.publisherId()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trusts a publisher of a marketplace, pinning its current key; with a fingerprint, only "
            + "if the key has it")
    @ApiResponse(responseCode = "201", description = "The trusted publisher",
            content = @Content(schema = @Schema(implementation = TrustedPublisher.class)))
    public Response trust(TrustRequest request, @Context SecurityContext security) {
        TrustedPublisher trusted = installer.trust(CallerPrincipal.callerOf(security), request.marketplace(),
                request.publisherId(), request.fingerprint());
        return Response.status(Response.Status.CREATED).entity(trusted).build();
    }

    @DELETE
    @Path("{publisherId}")
    @Operation(summary = "Stops trusting a publisher: nothing more of theirs is installed; what is installed stays")
    public Response distrust(@PathParam("publisherId") String publisherId, @Context SecurityContext security) {
        installer.distrust(CallerPrincipal.callerOf(security), publisherId);
        return Response.noContent().build();
    }
}
