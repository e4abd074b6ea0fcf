package io.tributary.rest.internal.marketplace;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.ws.rs.ext.ContextResolver;

import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeCatalog;
import io.tributary.rest.internal.testing.MultipartForm;
import io.tributary.rest.internal.testing.TestCallers;

class PublishResourceTest {

    @TempDir
    Path uploads;

    private final FakeCatalog catalog = new FakeCatalog();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new BufferPartsIn(uploads));
        server.api().addResource(new PublishResource(catalog, uploads));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void publishPassesEveryPartOnAndAnswers201WithTheVersion() throws Exception {
        byte[] artifact = randomBytes(40_000);
        MultipartForm form = new MultipartForm().file("artifact", "demo-1.0.0.jar", artifact)
                .text("signature", "c2lnbmF0dXJl\n").text("publisher", "p-7").text("changelog", "* first\n");

        HttpResponse<String> response = post(form.bytes());

        assertEquals(201, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/marketplace/listings/demo"));
        JsonNode version = ApiServer.json(response);
        assertEquals("demo", version.get("listingId").asText());
        assertEquals(40_000, version.get("size").asLong());
        assertEquals("active", version.get("status").asText());
        assertEquals("p-7", version.get("publisherId").asText());
        assertArrayEquals(artifact, catalog.lastArtifactBytes);
        assertEquals("c2lnbmF0dXJl\n", new String(catalog.lastSignature, StandardCharsets.UTF_8));
        assertEquals("p-7", catalog.lastPublisherId);
        assertEquals("* first\n", catalog.lastChangelog);
        assertEquals(TestCallers.ADMIN, catalog.lastCaller);
        assertEquals(uploads, catalog.lastArtifact.getParent());
        // the parser's buffer of the part was released before the catalog ran; the copy is gone afterwards
        assertEquals(List.of(catalog.lastArtifact.getFileName().toString()), catalog.filesBesideLastArtifact);
        assertNoFilesLeft();
    }

    @Test
    void aSignatureSentAsAFileArrivesByteForByte() throws Exception {
        byte[] signature = randomBytes(64);

        post(new MultipartForm().file("artifact", "a.jar", randomBytes(100)).file("signature", "a.sig", signature)
                .bytes());

        assertArrayEquals(signature, catalog.lastSignature);
        assertNull(catalog.lastPublisherId);
        assertNull(catalog.lastChangelog);
    }

    @Test
    void missingPartsArePassedOnAsNullSoTheCatalogListsEveryFailure() throws Exception {
        JsonNode problem = assertProblem(post(new MultipartForm().text("changelog", "notes").bytes()), 422);

        assertEquals("[\"artifact\",\"signature\"]", fields(problem));
        assertNull(catalog.lastArtifact);
        assertNull(catalog.lastSignature);
    }

    @Test
    void emptyPartsCountAsMissing() throws Exception {
        JsonNode problem = assertProblem(post(new MultipartForm().file("artifact", "", new byte[0])
                .text("signature", "").text("publisher", " ").bytes()), 422);

        assertEquals("[\"artifact\",\"signature\"]", fields(problem));
        assertNull(catalog.lastPublisherId);
        assertNoFilesLeft();
    }

    @Test
    void theUploadIsDeletedWhenTheCatalogRefusesIt() throws Exception {
        byte[] artifact = ("bad" + "x".repeat(20_000)).getBytes(StandardCharsets.UTF_8);

        JsonNode problem = assertProblem(post(new MultipartForm().file("artifact", "a.jar", artifact)
                .text("signature", "c2ln").bytes()), 422);

        assertEquals("[\"artifact\"]", fields(problem));
        assertFalse(Files.exists(catalog.lastArtifact));
        assertNoFilesLeft();
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIs413NamingTheArtifactBeforeAnythingIsRead() throws Exception {
        ApiServer.Answer answer = server.declareBody("/api/v1/marketplace/publish", MultipartForm.contentType(),
                PublishResource.MAX_UPLOAD_BYTES + 1);

        JsonNode problem = assertProblem(answer, 413);
        assertEquals("[\"artifact\"]", fields(problem));
        assertEquals("may have at most 64 MiB", problem.at("/errors/0/message").asText());
        assertNull(catalog.lastCaller);
        assertNoFilesLeft();
    }

    @Test
    void aTextPartAboveItsLimitIs413NamingIt() throws Exception {
        byte[] body = new MultipartForm().file("artifact", "a.jar", randomBytes(100))
                .text("changelog", "x".repeat(PublishForm.MAX_TEXT_BYTES + 1)).bytes();

        JsonNode problem = assertProblem(post(body), 413);

        assertEquals("[\"changelog\"]", fields(problem));
        assertNull(catalog.lastCaller);
        assertNoFilesLeft();
    }

    @Test
    void unknownAndRepeatedPartsAre400NamingThem() throws Exception {
        JsonNode problem = assertProblem(post(new MultipartForm().file("artifact", "a.jar", randomBytes(10))
                .file("artifact", "b.jar", randomBytes(10)).text("owner", "me").bytes()), 400);

        assertEquals("[\"artifact\",\"owner\"]", fields(problem));
        assertNull(catalog.lastCaller);
        assertNoFilesLeft();
    }

    @Test
    void aBodyCutOffBeforeItsClosingBoundaryIs400() throws Exception {
        byte[] body = new MultipartForm().file("artifact", "a.jar", randomBytes(5_000)).truncated();

        JsonNode problem = assertProblem(post(body), 400);

        assertEquals("The request body is not a complete multipart/form-data body.", problem.get("detail").asText());
        assertNull(catalog.lastCaller);
        assertNoFilesLeft();
    }

    @Test
    void aBodyThatIsNotMultipartIs415() throws Exception {
        assertProblem(server.postJson("/api/v1/marketplace/publish", "{\"artifact\": \"x\"}"), 415);
    }

    @Test
    void aBodyWithoutContentTypeIs415NamingTheTypeExpected() throws Exception {
        byte[] body = new MultipartForm().file("artifact", "a.jar", randomBytes(100)).text("signature", "c2ln").bytes();

        JsonNode problem = assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/marketplace/publish"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))), 415);

        assertEquals("Content-Type", problem.at("/errors/0/field").asText());
        assertEquals("must be multipart/form-data", problem.at("/errors/0/message").asText());
        assertNull(catalog.lastCaller);
        assertNoFilesLeft();
    }

    private HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/marketplace/publish"))
                .header("Content-Type", MultipartForm.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private void assertNoFilesLeft() throws IOException {
        for (Path directory : List.of(uploads, server.uploads())) {
            try (Stream<Path> files = Files.list(directory)) {
                assertEquals(List.of(), files.toList());
            }
        }
    }

    private static String fields(JsonNode problem) {
        StringBuilder fields = new StringBuilder("[");
        problem.get("errors").forEach(error -> fields.append(fields.length() > 1 ? "," : "")
                .append('"').append(error.get("field").asText()).append('"'));
        return fields.append(']').toString();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Makes the multipart parser buffer parts above 1 KiB in files of the test's directory, so the tests see them. */
    static final class BufferPartsIn implements ContextResolver<MultiPartProperties> {

        private final Path directory;

        BufferPartsIn(Path directory) {
            this.directory = directory;
        }

        @Override
        public MultiPartProperties getContext(Class<?> type) {
            return new MultiPartProperties().bufferThreshold(1024).tempDir(directory.toString());
        }
    }
}
