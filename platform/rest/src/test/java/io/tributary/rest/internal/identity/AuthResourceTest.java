package io.tributary.rest.internal.identity;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeIdentity;
import io.tributary.rest.internal.testing.TestCallers;

class AuthResourceTest {

    private static final String LOGIN = "{\"username\": \"monitor\", \"password\": \"" + FakeIdentity.PASSWORD + "\"}";

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.useToken(null);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void loginAnswersTokenAndExpiry() throws Exception {
        serve(false);

        HttpResponse<String> response = server.postJson("/api/v1/auth/login", LOGIN);

        assertEquals(200, response.statusCode(), response::body);
        JsonNode session = ApiServer.json(response);
        assertEquals(List.of("token", "expiresAt"), fieldNames(session));
        assertEquals("monitor-token", session.get("token").asText());
        assertEquals("2026-03-01T11:00:00Z", session.get("expiresAt").asText());
    }

    @Test
    void wrongPasswordIsTheServicesProblem() throws Exception {
        serve(false);

        String wrong = "{\"username\": \"monitor\", \"password\": \"nope\"}";

        assertProblem(server.postJson("/api/v1/auth/login", wrong), 401);
    }

    @Test
    void aLockedOutSignInIs429SayingWhenToRetry() throws Exception {
        serve(false);
        String locked = "{\"username\": \"" + FakeIdentity.LOCKED_OUT + "\", \"password\": \"whatever\"}";

        HttpResponse<String> response = server.postJson("/api/v1/auth/login", locked);

        assertProblem(response, 429);
        assertEquals(Optional.of(String.valueOf(FakeIdentity.LOCK_SECONDS)), response.headers().firstValue("Retry-After"));
    }

    @Test
    void missingCredentialsAre422NamingBoth() throws Exception {
        serve(false);

        JsonNode problem = assertProblem(server.postJson("/api/v1/auth/login", "{\"username\": \" \"}"), 422);

        assertEquals("username", problem.at("/errors/0/field").asText());
        assertEquals("password", problem.at("/errors/1/field").asText());
    }

    @Test
    void aRepeatedUsernameIs400NamingItAndNobodySignsIn() throws Exception {
        serve(false);
        String twice = "{\"username\": \"x\", \"password\": \"y\", \"username\": \"monitor\"}";

        JsonNode problem = assertProblem(server.postJson("/api/v1/auth/login", twice), 400);

        assertEquals("username", problem.at("/errors/0/field").asText());
        assertEquals(List.of(), server.identity().loginAddresses);
    }

    @Test
    void aDeeplyNestedBodyIs400() throws Exception {
        serve(false);
        String deep = "{\"remember\": " + "{\"a\": ".repeat(5000) + "1" + "}".repeat(5000) + "}";

        JsonNode problem = assertProblem(server.postJson("/api/v1/auth/login", deep), 400);

        assertTrue(problem.get("detail").asText().contains("nesting depth"), problem::toString);
    }

    @Test
    void forwardedForIsIgnoredByDefault() throws Exception {
        serve(false);

        loginFrom("203.0.113.9");

        assertEquals(List.of("127.0.0.1"), server.identity().loginAddresses);
    }

    @Test
    void lastForwardedForEntryIsTheClientWhenTrusted() throws Exception {
        serve(true);

        loginFrom("198.51.100.1, 203.0.113.9");

        assertEquals(List.of("203.0.113.9"), server.identity().loginAddresses);
    }

    @Test
    void logoutEndsTheSessionOfTheTokenUsed() throws Exception {
        serve(false);
        server.actAs(TestCallers.MANAGER);

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/auth/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(204, response.statusCode(), response::body);
        assertEquals(List.of("manager-token"), server.identity().loggedOut);
    }

    private void serve(boolean trustForwardedFor) {
        server.api().addResource(new AuthResource(server.identity(), trustForwardedFor));
    }

    private void loginFrom(String forwardedFor) throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(LOGIN)));
        assertEquals(200, response.statusCode(), response::body);
    }

    static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
