package io.tributary.rest.internal.marketplace;

import java.nio.file.Path;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;

import org.glassfish.jersey.server.ContainerRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.tenancy.Caller;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.body.BodyLimit;

/**
 * {@code POST /marketplace/publish}: a publisher uploads a signed artifact; the catalog validates it and answers 422
 * with every failed check. The artifact goes to a temporary file, never whole into memory, deleted after the call.
 * Not {@code @Idempotent}: publishing a version twice is a 409 anyway.
 */
@Component(service = PublishResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@javax.ws.rs.Path("marketplace/publish")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class PublishResource {

    /** The largest upload: above the catalog's own artifact limit, so that the catalog's 422 names that limit. */
    static final long MAX_UPLOAD_BYTES = 64L << 20;

    private final MarketplaceCatalog catalog;
    private final Path directory;

    @Activate
    public PublishResource(@Reference MarketplaceCatalog catalog) {
        this(catalog, null);
    }

    /** @param directory where uploads are stored while the catalog checks them; null for the system's default */
    PublishResource(MarketplaceCatalog catalog, Path directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    @POST
    @BodyLimit(value = MAX_UPLOAD_BYTES, field = PublishForm.ARTIFACT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Validates a signed artifact and publishes it as a new version of its listing (created on "
            + "its first version); 422 lists every failed check, 409 when the version exists, 403 when the caller "
            + "may not publish as the publisher, 413 above " + MAX_UPLOAD_BYTES / (1 << 20) + " MiB",
            requestBody = @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = "object", requiredProperties = {PublishForm.ARTIFACT,
                            PublishForm.SIGNATURE}),
                    schemaProperties = {
                            @SchemaProperty(name = PublishForm.ARTIFACT, schema = @Schema(type = "string",
                                    format = "binary", description = "the OSGi bundle (jar)")),
                            @SchemaProperty(name = PublishForm.SIGNATURE, schema = @Schema(type = "string",
                                    format = "binary", description = "the publisher's detached signature of the "
                                    + "artifact's bytes, raw or Base64 text")),
                            @SchemaProperty(name = PublishForm.PUBLISHER, schema = @Schema(type = "string",
                                    description = "the publisher's id; absent for the caller's only publisher")),
                            @SchemaProperty(name = PublishForm.CHANGELOG, schema = @Schema(type = "string",
                                    description = "Markdown"))})))
    @ApiResponse(responseCode = "201", description = "The published version",
            content = @Content(schema = @Schema(implementation = ListingVersionView.class)))
    public Response publish(@Context ContainerRequest request, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.callerOf(security);
        try (PublishForm form = PublishForm.of(MultipartUpload.read(request), directory)) {
            ListingVersion published = catalog.publish(caller, form.publisherId(), form.artifact(), form.signature(),
                    form.changelog());
            return Response.created(UriBuilder.fromPath("marketplace/listings/{id}").build(published.listingId()))
                    .entity(ListingVersionView.of(published)).build();
        }
    }
}
