package io.tributary.rest.internal.auth;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.identity.AuthResource;
import io.tributary.rest.internal.identity.MeResource;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeIdentity;
import io.tributary.rest.internal.testing.FakeStore;
import io.tributary.rest.internal.testing.TestCallers;

class AuthenticationFilterTest {

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.setStore(new FakeStore());
        server.api().addResource(new MeResource(server.identity()));
        server.api().addResource(new AuthResource(server.identity(), false));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void openEndpointsAnswerWithoutAToken() throws Exception {
        server.useToken(null);

        assertEquals(200, server.get("/api/v1/health").statusCode());
        assertEquals(200, server.get("/api/v1/openapi.json").statusCode());
        assertEquals(200, login().statusCode());
    }

    @Test
    void openEndpointsIgnoreABadToken() throws Exception {
        server.useToken(TestCallers.EXPIRED_TOKEN);

        assertEquals(200, server.get("/api/v1/health").statusCode());
    }

    @Test
    void missingTokenIs401WithABearerChallenge() throws Exception {
        server.useToken(null);

        HttpResponse<String> response = server.get("/api/v1/me");

        assertProblem(response, 401);
        assertEquals(AuthenticationFilter.CHALLENGE, response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void otherAuthenticationSchemeIs401() throws Exception {
        server.useToken(null);

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .header("Authorization", "Basic bW9uaXRvcjpzZWNyZXQ="));

        assertProblem(response, 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestCallers.EXPIRED_TOKEN, TestCallers.REVOKED_TOKEN, "never-issued"})
    void tokenTheIdentityServiceRejectsIs401InvalidTokenWithoutEchoingIt(String token) throws Exception {
        server.useToken(token);

        HttpResponse<String> response = server.get("/api/v1/me");

        JsonNode problem = assertProblem(response, 401);
        assertEquals("The bearer token is unknown, expired or revoked.", problem.get("detail").asText());
        assertEquals(AuthenticationFilter.CHALLENGE + ", error=\"invalid_token\"",
                response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertFalse(response.body().contains(token));
    }

    @Test
    void callerOfTheTokenReachesTheResource() throws Exception {
        server.actAs(TestCallers.MONITOR);

        JsonNode me = ApiServer.json(server.get("/api/v1/me"));

        assertEquals("monitor", me.at("/user/username").asText());
    }

    @Test
    void schemeNameIsCaseInsensitive() throws Exception {
        server.useToken(null);

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .header("Authorization", "bearer " + TestCallers.tokenOf(TestCallers.ADMIN)));

        assertEquals(200, response.statusCode(), response::body);
    }

    @Test
    void withoutIdentityServiceProtectedEndpointsAre503AndOpenOnesStillAnswer() throws Exception {
        server.removeIdentity();

        assertProblem(server.get("/api/v1/me"), 503);
        assertEquals(200, server.get("/api/v1/health").statusCode());
        assertEquals(200, server.get("/api/v1/openapi.json").statusCode());
    }

    @Test
    void unknownPathStays404() throws Exception {
        server.useToken(null);

        assertProblem(server.get("/api/v1/no-such-thing"), 404);
    }

    private HttpResponse<String> login() throws Exception {
        return server.postJson("/api/v1/auth/login",
                "{\"username\": \"monitor\", \"password\": \"" + FakeIdentity.PASSWORD + "\"}");
    }
}
