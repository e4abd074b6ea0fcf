package io.tributary.rest.internal.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.validation.OptionalBody;
import io.tributary.rest.internal.validation.QueryParameters;

/**
 * The marketplace's catalog: every signed-in caller searches it and reads listings with their versions; a
 * listing's publisher (or an operator) deprecates and yanks versions. Served only where this node runs a
 * marketplace (a {@link MarketplaceCatalog} is registered).
 */
@Component(service = ListingResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("marketplace/listings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class ListingResource {

    /** The catalog pages itself, at most this many listings at a time. */
    static final int MAX_LIMIT = 200;

    private final MarketplaceCatalog catalog;

    @Activate
    public ListingResource(@Reference MarketplaceCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Searches the catalog; most installed first unless sorted by last update")
    public ListPage<ListingView> list(@Parameter(description = "words that must all occur in the name, summary or "
                                              + "description (case-insensitive)") @QueryParam("q") String text,
                                      @Parameter(schema = @Schema(allowableValues = {"connector", "integration"}))
                                      @QueryParam("kind") String kind,
                                      @Parameter(description = "only listings in this category")
                                      @QueryParam("category") String category,
                                      @Parameter(schema = @Schema(allowableValues = {"installs", "updated"},
                                              defaultValue = "installs"))
                                      @QueryParam("sort") String sort,
                                      @Parameter(description = "1 to " + MAX_LIMIT + ", " + ListPage.DEFAULT_LIMIT
                                              + " when absent") @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") String cursor,
                                      @Context SecurityContext security) {
        ListingQuery query = new ListingQuery(blankToNull(text),
                QueryParameters.oneOf("kind", kind, Kind.values(), Kind::wire), blankToNull(category),
                sortOf(sort), blankToNull(cursor),
                QueryParameters.between("limit", limit, 1, MAX_LIMIT, ListPage.DEFAULT_LIMIT));
        return ListPage.of(catalog.listings(CallerPrincipal.callerOf(security), query), ListingView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One listing with its versions, newest first")
    public ListingDetailView listing(@PathParam("id") String id, @Context SecurityContext security) {
        return ListingDetailView.of(catalog.listing(CallerPrincipal.callerOf(security), id));
    }

    @POST
    @Path("{id}/versions/{version}/installs")
    @Operation(summary = "Counts one install of a version: runtimes that install from this marketplace report theirs")
    public Response countInstall(@PathParam("id") String id, @PathParam("version") String version,
                                 @Context SecurityContext security) {
        CallerPrincipal.callerOf(security);
        catalog.version(id, version);
        catalog.countInstall(id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/versions/{version}/deprecate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks a version deprecated: still installable, with a warning; its publisher or an operator")
    public ListingVersionView deprecate(@PathParam("id") String id, @PathParam("version") String version,
                                        @RequestBody(content = @Content(schema = @Schema(
                                                implementation = StatusChangeRequest.class))) InputStream body,
                                        @Context SecurityContext security) throws IOException {
        StatusChangeRequest request = OptionalBody.read(body, StatusChangeRequest.class);
        return ListingVersionView.of(catalog.deprecate(CallerPrincipal.callerOf(security), id, version,
                request.reason()));
    }

    @POST
    @Path("{id}/versions/{version}/yank")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Yanks a version: no longer installable, runtimes that have it are warned; its publisher "
            + "or an operator")
    public ListingVersionView yank(@PathParam("id") String id, @PathParam("version") String version,
                                   @RequestBody(content = @Content(schema = @Schema(
                                           implementation = StatusChangeRequest.class))) InputStream body,
                                   @Context SecurityContext security) throws IOException {
        StatusChangeRequest request = OptionalBody.read(body, StatusChangeRequest.class);
        return ListingVersionView.of(catalog.yank(CallerPrincipal.callerOf(security), id, version, request.reason()));
    }

    private static ListingQuery.Sort sortOf(String sort) {
        ListingQuery.Sort chosen = QueryParameters.oneOf("sort", sort, ListingQuery.Sort.values(),
                constant -> constant.name().toLowerCase(Locale.ROOT));
        return chosen == null ? ListingQuery.Sort.INSTALLS : chosen;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
