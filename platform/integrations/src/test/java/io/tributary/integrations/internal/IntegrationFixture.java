package io.tributary.integrations.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;
import io.tributary.store.testing.MutableClock;
import io.tributary.store.testing.TestDatabase;

/**
 * The integration service on a real, migrated database, with the platform services it uses faked: workspaces in the
 * real table, connections and flows in memory, a marketplace that has the "orders-sync" integration 1.0.0 and 1.1.0.
 */
public final class IntegrationFixture implements AutoCloseable {

    static final String TENANT = "t_1";
    static final Caller ADMIN = new Caller("u_admin", "ada", TENANT, TenantRole.ADMIN, false, Map.of());
    static final Caller OTHER_TENANT_ADMIN = new Caller("u_other", "otto", "t_2", TenantRole.OWNER, false, Map.of());

    final TestDatabase database;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final FakeConnections connections = new FakeConnections();
    final FakeFlows flows = new FakeFlows(connections);
    final FakeMarketplace marketplace = new FakeMarketplace();
    final FakeCatalog catalog = new FakeCatalog();
    final FakeTenancy tenancy;
    final DefaultIntegrationService service;

    private IntegrationFixture(TestDatabase database) {
        this.database = database;
        Database jdbc = new Database(database.dataSource());
        this.tenancy = new FakeTenancy(jdbc, connections, flows);
        Platform platform = new Platform(tenancy, connections, flows, marketplace, marketplace,
                () -> Optional.of(catalog));
        this.service = new DefaultIntegrationService(platform, jdbc, clock);
        marketplace.publish(TestDescriptors.version1());
        marketplace.publish(TestDescriptors.version2());
    }

    public static IntegrationFixture start(TestDatabase.Kind kind) throws SQLException {
        TestDatabase database = TestDatabase.migrated(kind);
        new Database(database.dataSource()).transaction(c -> {
            for (String tenant : List.of(TENANT, "t_2")) {
                Jdbc.update(c, "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)", tenant, tenant,
                        Instant.EPOCH);
            }
            return null;
        });
        return new IntegrationFixture(database);
    }

    static Caller member(String workspaceId, WorkspaceRole role) {
        return new Caller("u_member", "mia", TENANT, TenantRole.MEMBER, false, Map.of(workspaceId, role));
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
