package io.tributary.rest.internal.marketplace;

import javax.ws.rs.Consumes;
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
import javax.ws.rs.core.UriBuilder;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.Publisher;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;

/** Publishers of the marketplace and their signing keys; operators and tenant admins register them. */
@Component(service = PublisherResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("marketplace/publishers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class PublisherResource {

    private final MarketplaceCatalog catalog;

    @Activate
    public PublisherResource(@Reference MarketplaceCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Every publisher with its key, by name")
    public ListPage<Publisher> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                    @Context SecurityContext security) {
        return ListPage.sorting(catalog.publishers(CallerPrincipal.callerOf(security)),
                publisher -> ListPage.nameThenId(publisher.name(), publisher.id()), limit, cursor);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a publisher and its public signing key; operators and tenant admins; 409 when "
            + "the name or the key is registered already")
    @ApiResponse(responseCode = "201", description = "The publisher; the caller may publish as it",
            content = @Content(schema = @Schema(implementation = Publisher.class)))
    public Response register(PublisherRequest request, @Context SecurityContext security) {
        Publisher registered = catalog.registerPublisher(CallerPrincipal.callerOf(security), request.name(),
                request.publicKey());
        return Response.created(UriBuilder.fromPath("marketplace/publishers/{id}").build(registered.id()))
                .entity(registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One publisher with its key and the key's fingerprint")
    public Publisher publisher(@PathParam("id") String id, @Context SecurityContext security) {
        return catalog.publisher(CallerPrincipal.callerOf(security), id);
    }
}
