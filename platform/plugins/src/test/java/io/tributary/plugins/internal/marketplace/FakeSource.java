package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.plugins.internal.testing.TestJars;

/** A marketplace in memory: published versions with real signed jars, which tests may then tamper with. */
final class FakeSource implements MarketplaceSource {

    private final String name;
    private final Map<String, List<ListingVersion>> versions = new HashMap<>();
    private final Map<String, byte[]> artifacts = new HashMap<>();
    private final Map<String, Publisher> publishers = new HashMap<>();
    final List<String> counted = new ArrayList<>();

    FakeSource(String name) {
        this.name = name;
    }

    /** A connector bundle: symbolic name {@code io.test.<id>}, with a descriptor naming it. */
    static byte[] connectorJar(String id, String version) {
        return jar(id, version, "Tributary-Connector", "connector.json");
    }

    static byte[] integrationJar(String id, String version) {
        return jar(id, version, "Tributary-Integration", "integration.json");
    }

    private static byte[] jar(String id, String version, String header, String descriptor) {
        String path = "OSGI-INF/tributary/" + descriptor;
        return new TestJars().header("Bundle-ManifestVersion", "2").header("Bundle-SymbolicName", "io.test." + id)
                .header("Bundle-Version", version).header(header, path)
                .entry(path, ("{\"id\":\"" + id + "\",\"version\":\"" + version + "\"}").getBytes())
                .build();
    }

    /** Publishes a connector version signed by the publisher. */
    ListingVersion publish(TestPublisher publisher, String id, String version, Dependency... dependencies) {
        return publish(publisher, connectorJar(id, version), id, version, publisher.sign(connectorJar(id, version)),
                dependencies);
    }

    ListingVersion publish(TestPublisher publisher, byte[] jar, String id, String version, String signature,
            Dependency... dependencies) {
        publishers.put(publisher.id, publisher.publisher());
        ListingVersion listed = new ListingVersion(id, version, sha256(jar), jar.length, signature, publisher.id, "",
                List.of(dependencies), "", Instant.parse("2026-02-01T00:00:00Z"), 0, VersionStatus.ACTIVE, null);
        versions.computeIfAbsent(id, key -> new ArrayList<>()).add(listed);
        artifacts.put(id + "/" + version, jar);
        return listed;
    }

    /** Replaces what the repository serves, leaving the catalog entry as it is. */
    void serve(String id, String version, byte[] jar) {
        artifacts.put(id + "/" + version, jar);
    }

    byte[] artifact(String id, String version) {
        return artifacts.get(id + "/" + version);
    }

    /** The catalog entry changed: a new status, SHA-256 or signature. */
    void replace(ListingVersion changed) {
        List<ListingVersion> all = versions.get(changed.listingId());
        all.replaceAll(version -> version.version().equals(changed.version()) ? changed : version);
    }

    void setStatus(String id, String version, VersionStatus status, String reason) {
        ListingVersion old = versions.get(id).stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow();
        replace(new ListingVersion(id, version, old.sha256(), old.size(), old.signature(), old.publisherId(),
                old.platformRange(), old.dependencies(), old.changelog(), old.publishedAt(), old.installs(), status,
                reason));
    }

    /** The publisher now shows another key (the marketplace changed it). */
    void rekey(TestPublisher publisher) {
        publishers.put(publisher.id, publisher.publisher());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ListingVersion> versions(String listingId) {
        return List.copyOf(versions.getOrDefault(listingId, List.of()));
    }

    @Override
    public Publisher publisher(String publisherId) {
        Publisher publisher = publishers.get(publisherId);
        if (publisher == null) {
            throw Problems.notFound("no publisher " + publisherId);
        }
        return publisher;
    }

    @Override
    public void download(String listingId, String version, Path target) throws IOException {
        Files.write(target, artifacts.get(listingId + "/" + version));
    }

    @Override
    public void countInstall(String listingId, String version) {
        counted.add(listingId + " " + version);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
