package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.testing.MutableClock;
import io.tributary.store.testing.TestDatabase;

/**
 * The marketplace installer on a real database, with a local marketplace in memory, a fake Karaf and a folder of
 * its own for the runtime's files.
 */
public final class MarketplaceFixture implements AutoCloseable {

    final TestDatabase database;
    final Path data;
    final FakeSource local = new FakeSource("local");
    final List<MarketplaceSource> sources = new ArrayList<>(List.of(local));
    final FakeKaraf karaf = new FakeKaraf();
    final FakeConnectors connectors = new FakeConnectors();
    final List<ConnectorUsage> usages = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final TestPublisher acme = new TestPublisher("p-acme", "Acme");
    final RuntimeRepository repository;
    final MarketplaceRuntime installer;

    private MarketplaceFixture(TestDatabase database, Path data) {
        this.database = database;
        this.data = data;
        this.repository = new RuntimeRepository(data.resolve("marketplace/runtime"));
        this.installer = new MarketplaceRuntime(new MarketplaceRuntime.Parts(new Database(database.dataSource()),
                () -> List.copyOf(sources), connectors, karaf, karaf, () -> usages, repository, clock,
                Duration.ofSeconds(1)));
    }

    public static MarketplaceFixture start(TestDatabase.Kind kind) throws SQLException, IOException {
        return new MarketplaceFixture(TestDatabase.migrated(kind), Files.createTempDirectory("marketplace-runtime"));
    }

    static Caller operator() {
        return new Caller("u-1", "alice", "t-1", TenantRole.ADMIN, true, Map.of());
    }

    static Caller tenantAdmin() {
        return new Caller("u-2", "carol", "t-1", TenantRole.ADMIN, false, Map.of());
    }

    void trustAcme() {
        installer.trust(operator(), null, acme.id, acme.fingerprint());
    }

    /** Every file under the runtime's folder, relative to it. */
    List<String> files() {
        Path root = data.resolve("marketplace/runtime");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        database.close();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
