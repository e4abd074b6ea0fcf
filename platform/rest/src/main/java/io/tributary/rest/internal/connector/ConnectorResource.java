package io.tributary.rest.internal.connector;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.OperatorsOnly;
import io.tributary.rest.internal.body.BodyLimit;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.paging.ListPage;

/**
 * The installed connectors: list and descriptors for every caller, hot install of a bundle jar and uninstall for
 * platform operators only, as connectors are shared by all tenants.
 */
@Component(service = ConnectorResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("connectors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "connectors")
public class ConnectorResource {

    static final String JAR = "application/java-archive";

    private final ConnectorRegistry registry;
    private final ConnectorInstaller installer;

    @Activate
    public ConnectorResource(@Reference ConnectorRegistry registry, @Reference ConnectorInstaller installer) {
        this.registry = registry;
        this.installer = installer;
    }

    @GET
    @Operation(summary = "Installed connectors with their state and, when not active, the reason")
    public ListPage<ConnectorSummary> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        List<ConnectorSummary> all = registry.list().stream().map(ConnectorSummary::of).toList();
        return ListPage.of(all, ConnectorSummary::sortKey, limit, cursor);
    }

    @GET
    @Path("{id}/{version}")
    @Operation(summary = "The descriptor (connector.json) of one connector version")
    public ObjectNode descriptor(@PathParam("id") String id, @PathParam("version") String version) {
        ConnectorInfo info = registry.find(id, version).orElseThrow(() -> notFound(id, version));
        if (info.descriptor() == null) {
            throw new ProblemException(Problem.of(404, "Not Found",
                    "Connector " + id + " " + version + " has no readable descriptor: " + info.reason()));
        }
        return info.descriptor();
    }

    @POST
    @Idempotent
    @OperatorsOnly
    @BodyLimit(ConnectorInstaller.MAX_BUNDLE_BYTES)
    @Consumes({JAR, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Installs a connector bundle without a restart; operators only; 422 lists every reason "
            + "it is refused, 413 above " + ConnectorInstaller.MAX_BUNDLE_BYTES / (1 << 20) + " MiB")
    public Response install(InputStream jar) {
        ConnectorInfo installed = installer.install(jar);
        URI location = URI.create("connectors/" + installed.id() + "/" + installed.version());
        return Response.created(location).entity(installed.descriptor()).build();
    }

    @DELETE
    @Path("{id}/{version}")
    @OperatorsOnly
    @Operation(summary = "Uninstalls a connector version; operators only; 409 while flows use it unless forced")
    public Response uninstall(@PathParam("id") String id, @PathParam("version") String version,
                              @Parameter(description = "uninstall even while flows use it")
                              @QueryParam("force") @DefaultValue("false") boolean force) {
        installer.uninstall(id, version, force);
        return Response.noContent().build();
    }

    private static ProblemException notFound(String id, String version) {
        return new ProblemException(Problem.of(404, "Not Found", "No connector " + id + " " + version + " is installed."));
    }
}
