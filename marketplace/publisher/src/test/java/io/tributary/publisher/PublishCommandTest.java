package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;

class PublishCommandTest {

    private static final String PUBLISHED = "{\"listingId\":\"acme-crm\",\"version\":\"1.2.0\",\"sha256\":\"ab12\","
            + "\"size\":3,\"status\":\"ACTIVE\"}";

    @TempDir
    Path dir;

    private FakeMarketplace marketplace;
    private PublisherKey key;
    private Path artifact;

    @BeforeEach
    void startMarketplaceAndMakeKeysAndArtifact() throws Exception {
        marketplace = FakeMarketplace.start();
        Cli.run("keygen", "--out", dir.toString());
        key = PublisherKey.parse(Files.readString(dir.resolve("public.pem")));
        byte[] bytes = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(bytes);
        artifact = Files.write(dir.resolve("acme-crm-1.2.0.jar"), bytes);
    }

    @AfterEach
    void stopMarketplace() {
        marketplace.close();
    }

    @Test
    void uploadsTheArtifactWithAVerifyingSignatureAsMultipartAndPrintsTheVersion() throws Exception {
        marketplace.answer(201, "application/json", PUBLISHED);
        Path changelog = Files.writeString(dir.resolve("CHANGES.md"), "# 1.2.0\n* sync of contacts — faster\n");

        Cli.Result result = Cli.run("publish", "--url", marketplace.url(), "--token", "s3cret",
                "--key", dir.resolve("private.pem").toString(), "--publisher", "pub-7",
                "--changelog", changelog.toString(), artifact.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("published acme-crm 1.2.0 sha256 ab12", result.out().strip());
        FakeMarketplace.Request request = marketplace.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/api/v1/marketplace/publish", request.path());
        assertEquals("Bearer s3cret", request.header("Authorization"));
        assertEquals(String.valueOf(request.body().length), request.header("Content-Length"), "sent with a length");
        Map<String, MultipartForm.Part> parts = MultipartForm.parse(request.header("Content-Type"), request.body());
        assertEquals(List.of("artifact", "signature", "publisher", "changelog"), List.copyOf(parts.keySet()));
        MultipartForm.Part upload = parts.get("artifact");
        assertEquals("acme-crm-1.2.0.jar", upload.fileName());
        assertEquals("application/java-archive", upload.contentType());
        assertArrayEquals(Files.readAllBytes(artifact), upload.content());
        assertTrue(Signatures.verify(key, artifact, parts.get("signature").content()), "the signature verifies");
        assertEquals("pub-7", parts.get("publisher").text());
        assertEquals(Files.readString(changelog), parts.get("changelog").text());
    }

    @Test
    void sendsASignatureMadeEarlierWithSign() throws Exception {
        marketplace.answer(201, "application/json", PUBLISHED);
        Cli.run("sign", "--key", dir.resolve("private.pem").toString(), artifact.toString());

        Cli.Result result = Cli.run(Map.of("TRIBUTARY_TOKEN", "t"), "publish", "--url", marketplace.url(),
                "--signature", artifact + ".sig", artifact.toString());

        assertEquals(0, result.exitCode(), result.err());
        FakeMarketplace.Request request = marketplace.onlyRequest();
        Map<String, MultipartForm.Part> parts = MultipartForm.parse(request.header("Content-Type"), request.body());
        assertEquals(Files.readString(Path.of(artifact + ".sig")).strip(), parts.get("signature").text());
        assertTrue(Signatures.verify(key, artifact, parts.get("signature").content()));
        assertEquals(List.of("artifact", "signature"), List.copyOf(parts.keySet()));
    }

    @Test
    void aRefusalPrintsTheProblemAndEveryFieldErrorAndExitsWithOne() {
        marketplace.answer(422, "application/problem+json", """
                {"type":"about:blank","title":"Unprocessable Content","status":422,
                 "detail":"3 checks failed",
                 "errors":[{"field":"artifact","message":"is not an OSGi bundle: no Bundle-SymbolicName"},
                           {"field":"artifact!/../evil.sh","message":"leaves the archive"},
                           {"field":"signature","message":"does not verify with publisher pub-7's key"}]}
                """);

        Cli.Result result = Cli.run("publish", "--url", marketplace.url(), "--token", "t",
                "--key", dir.resolve("private.pem").toString(), artifact.toString());

        assertEquals(1, result.exitCode());
        assertEquals("""
                tributary-publish publish: refused with HTTP 422: Unprocessable Content: 3 checks failed
                  artifact: is not an OSGi bundle: no Bundle-SymbolicName
                  artifact!/../evil.sh: leaves the archive
                  signature: does not verify with publisher pub-7's key
                """, result.err());
        assertEquals("", result.out());
    }

    @Test
    void anAnswerThatIsNotAProblemIsShownAsItCame() {
        marketplace.answer(502, "text/html", "<h1>Bad Gateway</h1>");

        Cli.Result result = Cli.run("publish", "--url", marketplace.url(), "--token", "t",
                "--key", dir.resolve("private.pem").toString(), artifact.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("refused with HTTP 502: <h1>Bad Gateway</h1>"), result.err());
    }

    @Test
    void keyAndSignatureTogetherAreAUsageError() {
        Cli.Result result = Cli.run("publish", "--url", marketplace.url(), "--token", "t",
                "--key", dir.resolve("private.pem").toString(), "--signature", "a.sig", artifact.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("give either --key or --signature, not both"), result.err());
        assertTrue(result.err().contains("Usage: tributary-publish publish"), result.err());
        assertTrue(marketplace.requests().isEmpty());
    }

    @Test
    void withoutAnArtifactOrASignatureItShowsItsUsage() {
        Cli.Result noArtifact = Cli.run("publish", "--token", "t", "--key", dir.resolve("private.pem").toString());
        Cli.Result noSignature = Cli.run("publish", "--token", "t", artifact.toString());

        assertEquals(2, noArtifact.exitCode());
        assertTrue(noArtifact.err().contains("<artifact.jar> is required"), noArtifact.err());
        assertEquals(2, noSignature.exitCode());
        assertTrue(noSignature.err().contains("--key or --signature is required"), noSignature.err());
    }

    @Test
    void anUnreachableMarketplaceIsALocalError() {
        String url = marketplace.url();
        marketplace.close();

        Cli.Result result = Cli.run("publish", "--url", url, "--token", "t",
                "--key", dir.resolve("private.pem").toString(), artifact.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("cannot connect to " + url), result.err());
    }
}
