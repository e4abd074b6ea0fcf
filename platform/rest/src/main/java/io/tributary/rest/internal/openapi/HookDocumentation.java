package io.tributary.rest.internal.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.tributary.rest.internal.hook.HookServlet;

/**
 * {@code POST /hooks/{key}} in the OpenAPI document. The hooks are a servlet outside the API's base path, not a
 * JAX-RS resource, so the reader never sees them: they are described here, with a server of their own (the root).
 */
final class HookDocumentation {

    private static final String PROBLEM = "application/problem+json";

    private HookDocumentation() {
    }

    static void apply(OpenAPI document) {
        Operation deliver = new Operation()
                .operationId("deliverWebhook")
                .addTagsItem("flows")
                .summary("Delivers an event to a webhook flow (the flow's hookUrl)")
                .description("Needs no token: the key is the secret. A JSON object is one record, an array one "
                        + "record per item. 202 only once the event is stored; a connector's listener operation "
                        + "may check a signature first (401). 404 for an unknown key, 409 while the flow is disabled, "
                        + "413 for a body over the "
                        + "limit, 400 for a body that is not JSON.")
                .addParametersItem(new PathParameter().name("key").required(true)
                        .description("the secret key at the end of the flow's hookUrl").schema(new StringSchema()))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                        "application/json", new MediaType().schema(new Schema<>()
                                .description("an event object, or an array of event objects")))))
                .responses(new ApiResponses()
                        .addApiResponse("202", new ApiResponse().description("The event is stored").content(
                                new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()
                                        .properties(Map.of("eventId", new StringSchema(), "records", new IntegerSchema()))))))
                        .addApiResponse("400", problem("The body is not JSON"))
                        .addApiResponse("401", problem("The flow's listener refused the request, e.g. a bad signature"))
                        .addApiResponse("404", problem("No flow has this key"))
                        .addApiResponse("409", problem("The flow of this key is disabled"))
                        .addApiResponse("413", problem("The body is larger than the limit")))
                .security(List.of());
        document.path(HookServlet.PATH + "/{key}", new PathItem().post(deliver)
                .servers(List.of(new Server().url("/").description("the runtime's root: hooks are outside /api/v1"))));
    }

    private static ApiResponse problem(String description) {
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details").properties(Map.of(
                "type", new StringSchema(), "title", new StringSchema(), "status", new IntegerSchema(),
                "detail", new StringSchema(), "errors", new ArraySchema().items(new ObjectSchema().properties(
                        Map.of("field", new StringSchema(), "message", new StringSchema())))));
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(problem)));
    }
}
