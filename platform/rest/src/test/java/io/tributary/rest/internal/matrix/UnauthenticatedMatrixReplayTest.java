package io.tributary.rest.internal.matrix;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.tributary.rest.internal.matrix.AuthorizationMatrix.Row;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.Fakes;
import io.tributary.rest.internal.testing.FakeIdentity;
import io.tributary.rest.internal.testing.FakeStore;
import io.tributary.rest.internal.testing.MultipartForm;
import io.tributary.rest.internal.testing.TestCallers;

/**
 * The columns of the matrix that the authentication filter decides alone: no token, an expired one, a revoked
 * one. Every endpoint of the bundle is served (with fakes), so a line answered with 404 means a resource missing
 * from {@link Fakes#registerAll}.
 */
class UnauthenticatedMatrixReplayTest {

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static ApiServer server;

    static {
        TOKENS.put("none", null);
        TOKENS.put("expired", TestCallers.EXPIRED_TOKEN);
        TOKENS.put("revoked", TestCallers.REVOKED_TOKEN);
    }

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        server.setStore(new FakeStore());
        Fakes.registerAll(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Stream<Arguments> cells() {
        return AuthorizationMatrix.load().stream()
                .flatMap(row -> TOKENS.keySet().stream().sorted().map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(Row row, String caller) throws Exception {
        server.useToken(TOKENS.get(caller));

        HttpResponse<String> response = server.send(request(row));

        assertEquals(row.expected(caller), response.statusCode(), response::body);
        if (response.statusCode() == 401) {
            assertProblem(response, 401);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
    }

    private static HttpRequest.Builder request(Row row) {
        String path = AuthorizationMatrix.substitute(row.request(), fixtures());
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1" + path));
        if (row.body().isEmpty()) {
            return request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        }
        if (row.publishes()) {
            byte[] upload = new MultipartForm().file("artifact", "artifact.jar", "jar bytes".getBytes(StandardCharsets.UTF_8))
                    .text("signature", "c2ln").bytes();
            return request.header("Content-Type", MultipartForm.contentType())
                    .method(row.method(), HttpRequest.BodyPublishers.ofByteArray(upload));
        }
        String body = row.body().startsWith("export:") ? "{}" : AuthorizationMatrix.substitute(row.body(), fixtures());
        return request.header("Content-Type", row.sendsJar() ? "application/java-archive" : "application/json")
                .method(row.method(), HttpRequest.BodyPublishers.ofString(row.sendsJar() ? "jar bytes" : body));
    }

    /** Values that reach no fake data: the filter must answer before any resource runs. */
    private static Map<String, String> fixtures() {
        Map<String, String> fixtures = new HashMap<>();
        for (String name : EveryEndpointIsInTheMatrixTest.FIXTURES) {
            fixtures.put(name, "x-" + name.replace('.', '-'));
        }
        fixtures.put("K.config", "{}");
        fixtures.put("I.settings", "{}");
        fixtures.put("M.username", TestCallers.MONITOR.username());
        fixtures.put("M.password", FakeIdentity.PASSWORD);
        return fixtures;
    }
}
