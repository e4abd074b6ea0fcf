package io.tributary.rest.internal.openapi;

import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.tributary.rest.internal.auth.Unauthenticated;

/**
 * {@code GET /openapi.json}: the OpenAPI 3 document of exactly the resources this container serves. They are
 * read from their classes one by one, not found by scanning, which would not see the classes of other bundles.
 */
@Path("openapi.json")
@Tag(name = "platform")
public final class OpenApiResource {

    private final Set<Class<?>> resourceClasses;
    private final String version;
    private final String serverUrl;
    private volatile String document;

    // private: Jersey validates public constructors of resources and warns about the Set<Class<?>> parameter
    private OpenApiResource(Set<Class<?>> resourceClasses, String version, String serverUrl) {
        this.resourceClasses = Set.copyOf(resourceClasses);
        this.version = version;
        this.serverUrl = serverUrl;
    }

    public static OpenApiResource of(Set<Class<?>> resourceClasses, String version, String serverUrl) {
        return new OpenApiResource(resourceClasses, version, serverUrl);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This API as an OpenAPI 3 document", description = "Needs no authentication.")
    @ApiResponse(responseCode = "200", description = "The OpenAPI document")
    @Unauthenticated
    public String openApi() throws JsonProcessingException {
        // rendered on first use, as a container's resources never change; racing first renders agree
        String rendered = document;
        if (rendered == null) {
            rendered = Json.mapper().writeValueAsString(read());
            document = rendered;
        }
        return rendered;
    }

    private OpenAPI read() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Tributary").version(version))
                .servers(List.of(new Server().url(serverUrl)));
        OpenAPI document = new Reader(new SwaggerConfiguration().openAPI(base)).read(resourceClasses);
        SecurityDocumentation.apply(document, resourceClasses);
        HookDocumentation.apply(document);
        return document;
    }
}
