package io.tributary.marketplace.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.problem.FieldError;
import io.tributary.marketplace.internal.validation.ArtifactFacts;
import io.tributary.marketplace.internal.validation.ArtifactInspector;
import io.tributary.marketplace.internal.validation.Inspection;
import io.tributary.signing.PublisherKey;

/**
 * Stands in for the publishing checks: fails with the failures a test sets, else passes every artifact with the
 * facts its descriptor states (read as {@link TestJars} writes it), and records each call.
 */
public final class FakeInspector implements ArtifactInspector {

    public static final String PLATFORM_RANGE = "io.tributary.api.connector;version=\"[1.0,2)\"";

    /** One inspection as asked for. */
    public record Call(Path artifact, String listingId, String signature, PublisherKey key, List<Path> neighbours) {
    }

    public final List<Call> calls = new ArrayList<>();
    public final List<FieldError> failures = new ArrayList<>();
    /** The listings whose uploads fail with {@link #failures}; empty for all. */
    public final Set<String> failingIds = new HashSet<>();
    /** Changes the facts the descriptor states, e.g. to pass the same bytes as another version. */
    public UnaryOperator<ArtifactFacts> adjust = UnaryOperator.identity();

    @Override
    public Inspection inspect(Path artifact, byte[] signature, PublisherKey key, List<Path> neighbours) {
        ArtifactPeek peek = ArtifactPeek.of(artifact).orElseThrow(() -> new AssertionError("not a test jar"));
        calls.add(new Call(artifact, peek.id(), new String(signature), key, List.copyOf(neighbours)));
        if (!failures.isEmpty() && (failingIds.isEmpty() || failingIds.contains(peek.id()))) {
            return new Inspection(failures, null);
        }
        ObjectNode descriptor = descriptor(artifact);
        List<String> categories = new ArrayList<>();
        descriptor.path("categories").forEach(category -> categories.add(category.asText()));
        List<Dependency> dependencies = new ArrayList<>();
        descriptor.path("dependencies").forEach(dependency -> dependencies.add(
                new Dependency(dependency.path("listingId").asText(), dependency.path("range").asText())));
        JsonNode changelog = descriptor.get("changelog");
        return new Inspection(List.of(), adjust.apply(new ArtifactFacts(peek.kind(), peek.id(), peek.version(),
                descriptor.path("name").asText(), descriptor.path("summary").asText(),
                descriptor.path("description").asText(), categories, null, PLATFORM_RANGE, dependencies,
                changelog == null ? null : changelog.asText(), sha256(artifact), size(artifact), descriptor)));
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode descriptor(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.stream().filter(candidate -> candidate.getName().endsWith(".json")).findFirst()
                    .orElseThrow();
            try (InputStream in = zip.getInputStream(entry)) {
                return (ObjectNode) TestJars.JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
