package io.tributary.rest.internal.body;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.TestResources;
import io.tributary.rest.internal.testing.TestResources.Uploads;

class BodyLimitFilterTest {

    private static final String TOO_LARGE_DETAIL = "The request body is larger than 1 MiB, the most this endpoint takes.";

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new TestResources.Orders());
        server.api().addResource(new Uploads());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aJsonBodyUpToTheLimitIsRead() throws Exception {
        String order = "{\"customer\": \"" + "a".repeat((int) ApiServer.MAX_JSON_BODY_BYTES - 16) + "\"}";

        HttpResponse<String> response = server.postJson("/api/v1/orders", order);

        assertEquals(200, response.statusCode(), () -> response.body().substring(0, 200));
    }

    @Test
    void aJsonBodyDeclaredLargerThanTheLimitIs413NamingItBeforeItIsRead() throws Exception {
        ApiServer.Answer answer = server.declareBody("/api/v1/orders", "application/json", 1L << 30);

        JsonNode problem = assertProblem(answer, 413);
        assertEquals(TOO_LARGE_DETAIL, problem.get("detail").asText());
        assertEquals(0, problem.get("errors").size());
    }

    @Test
    void aJsonBodyWithoutLengthIsCutOffOnceItPassesTheLimit() throws Exception {
        byte[] order = ("{\"customer\": \"" + "a".repeat(2 << 20) + "\"}").getBytes();

        JsonNode problem = assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(order)))), 413);

        assertEquals(TOO_LARGE_DETAIL, problem.get("detail").asText());
    }

    @Test
    void anUploadIsReadFromAFileThatIsGoneBeforeTheAnswerArrives() throws Exception {
        HttpResponse<String> response = upload(HttpRequest.BodyPublishers.ofByteArray(new byte[10_000]));

        assertEquals(200, response.statusCode(), response::body);
        assertEquals(10_000, ApiServer.json(response).get("size").asLong());
        assertTrue(ApiServer.json(response).get("fromFile").asBoolean());
        assertNoUploadsLeft();
    }

    @Test
    void anUploadAboveItsOwnLimitIs413NamingItsFieldAndLeavesNoFile() throws Exception {
        byte[] body = new byte[3 * Uploads.MAX_UPLOAD_BYTES];

        JsonNode problem = assertProblem(upload(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))), 413);

        assertEquals("The request body is larger than 64 KiB, the most this endpoint takes.",
                problem.get("detail").asText());
        assertEquals("file", problem.at("/errors/0/field").asText());
        assertEquals("may have at most 64 KiB", problem.at("/errors/0/message").asText());
        assertNoUploadsLeft();
    }

    @Test
    void anUploadOfExactlyItsLimitIsTaken() throws Exception {
        HttpResponse<String> response = upload(HttpRequest.BodyPublishers.ofByteArray(
                new byte[Uploads.MAX_UPLOAD_BYTES]));

        assertEquals(Uploads.MAX_UPLOAD_BYTES, ApiServer.json(response).get("size").asLong());
    }

    @Test
    void sizesAreWrittenInTheLargestWholeUnit() {
        assertEquals("64 MiB", BodyTooLargeException.describe(64L << 20));
        assertEquals("1536 KiB", BodyTooLargeException.describe(3 << 19));
        assertEquals("1000 bytes", BodyTooLargeException.describe(1000));
    }

    private HttpResponse<String> upload(HttpRequest.BodyPublisher body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/uploads"))
                .header("Content-Type", "application/octet-stream").POST(body));
    }

    private void assertNoUploadsLeft() throws Exception {
        try (Stream<Path> files = Files.list(server.uploads())) {
            assertEquals(List.of(), files.toList());
        }
    }
}
