package io.tributary.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.matrix.EndpointScanner;
import io.tributary.rest.internal.openapi.Endpoint;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.Fakes;
import io.tributary.rest.internal.testing.TestResources;

class OpenApiResourceTest {

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void documentDescribesHealthAndTheApi() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/openapi.json");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode document = ApiServer.json(response);
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertEquals("Tributary", document.at("/info/title").asText());
        assertEquals(ApiServer.VERSION, document.at("/info/version").asText());
        assertEquals("/api/v1", document.at("/servers/0/url").asText());
        JsonNode health = document.at("/paths/~1health/get");
        assertFalse(health.isMissingNode(), document::toPrettyString);
        assertTrue(health.at("/responses").has("200"));
        assertTrue(health.at("/responses").has("503"));
    }

    @Test
    void documentDeclaresTheBearerSchemeAndRequiresItByDefault() throws Exception {
        JsonNode document = ApiServer.json(server.get("/api/v1/openapi.json"));

        assertEquals("http", document.at("/components/securitySchemes/bearer/type").asText());
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asText());
        assertTrue(document.at("/security/0/bearer").isArray(), document.at("/security")::toString);
    }

    @Test
    void everyEndpointIsDocumentedOpenExactlyWhenUnauthenticated() throws Exception {
        Fakes.registerAll(server);

        JsonNode document = ApiServer.json(server.get("/api/v1/openapi.json"));

        for (Endpoint endpoint : EndpointScanner.endpoints()) {
            JsonNode operation = document.at(pointer(endpoint));
            assertFalse(operation.isMissingNode(), endpoint + " is not in the document");
            JsonNode security = operation.path("security");
            assertEquals(endpoint.open(), security.isArray() && security.isEmpty(), endpoint + ": " + security);
        }
    }

    @Test
    void idempotentOperationsDocumentTheKeyHeader() throws Exception {
        Fakes.registerAll(server);

        JsonNode document = ApiServer.json(server.get("/api/v1/openapi.json"));

        JsonNode parameters = document.at("/paths/~1workspaces/post/parameters");
        assertEquals("Idempotency-Key", parameters.get(0).get("name").asText(), parameters::toString);
        assertEquals("header", parameters.get(0).get("in").asText());
        assertFalse(document.at("/paths/~1workspaces~1{id}/patch/parameters").toString().contains(Idempotent.HEADER));
    }

    @Test
    void rolesAreDocumentedInLowerCase() throws Exception {
        Fakes.registerAll(server);

        JsonNode schemas = ApiServer.json(server.get("/api/v1/openapi.json")).at("/components/schemas");

        assertEquals("[\"owner\",\"admin\",\"member\"]", schemas.at("/User/properties/tenantRole/enum").toString());
        assertEquals("[\"owner\",\"admin\",\"member\"]",
                schemas.at("/UserRequest/properties/tenantRole/enum").toString(), schemas::toPrettyString);
        assertEquals("[\"manage\",\"monitor\"]", schemas.at("/MemberRequest/properties/role/enum").toString());
    }

    private static String pointer(Endpoint endpoint) {
        return "/paths/" + endpoint.path().replace("~", "~0").replace("/", "~1") + "/"
                + endpoint.httpMethod().toLowerCase(Locale.ROOT);
    }

    @Test
    void documentDescribesTheWebhooksOutsideTheBasePath() throws Exception {
        JsonNode document = ApiServer.json(server.get("/api/v1/openapi.json"));
        JsonNode hooks = document.at("/paths/~1hooks~1{key}");

        assertEquals("/", hooks.at("/servers/0/url").asText(), hooks::toPrettyString);
        assertEquals("key", hooks.at("/post/parameters/0/name").asText());
        assertTrue(hooks.at("/post/security").isArray() && hooks.at("/post/security").isEmpty(), "no token");
        assertTrue(hooks.at("/post/responses").has("202"));
        assertTrue(hooks.at("/post/responses").has("413"));
    }

    @Test
    void documentFollowsContributedResources() throws Exception {
        server.api().addResource(new TestResources.Orders());
        assertTrue(ApiServer.json(server.get("/api/v1/openapi.json")).at("/paths").has("/orders"));

        server.api().addResource(new TestResources.Ping());
        assertTrue(ApiServer.json(server.get("/api/v1/openapi.json")).at("/paths").has("/ping"));
    }
}
