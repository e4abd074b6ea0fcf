package io.tributary.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.testing.MutableClock;
import io.tributary.store.testing.TestDatabase;
import io.tributary.tenancy.internal.audit.DefaultAuditService;
import io.tributary.tenancy.internal.connection.DefaultConnectionService;
import io.tributary.tenancy.internal.connection.KeyRing;
import io.tributary.tenancy.internal.identity.DefaultIdentityService;
import io.tributary.tenancy.internal.identity.IdentitySettings;
import io.tributary.tenancy.internal.identity.PasswordHasher;
import io.tributary.tenancy.internal.tenancy.Bootstrap;
import io.tributary.tenancy.internal.tenancy.DefaultTenancyService;
import io.tributary.tenancy.internal.tenancy.TenantAdministration;

/**
 * The tenancy services as the components wire them, on a freshly migrated real database, with a hand-moved clock,
 * a fake environment, temporary data and etc folders and the fake connector. Services start on first use.
 */
public final class Platform implements AutoCloseable {

    /** Argon2id at minimum cost: the tests check behaviour, not hash strength. */
    public static final PasswordHasher FAST_HASHER = new PasswordHasher(64, 1, 1);
    public static final String PASSWORD = "correct horse battery";

    public final TestDatabase.Kind kind;
    public final Database database;
    public final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T08:00:00Z"));
    public final Map<String, String> environment = new HashMap<>();
    public final Path dataDirectory;
    public final Path etcDirectory;
    public final FakeConnectors connectors = new FakeConnectors();
    /** The services whose sections exports, imports and clones carry; none unless a test adds one. */
    public final List<WorkspaceContent> contents = new ArrayList<>();
    public final CapturingLogger connectorLog = new CapturingLogger("io.tributary.connector.fake");
    public IdentitySettings settings = new IdentitySettings(Duration.ofHours(12), 3, 5, Duration.ofMinutes(15));

    private final TestDatabase testDatabase;
    private DefaultIdentityService identity;
    private DefaultTenancyService tenancy;
    private DefaultConnectionService connections;

    private Platform(TestDatabase.Kind kind, TestDatabase testDatabase) throws IOException {
        this.kind = kind;
        this.testDatabase = testDatabase;
        this.database = new Database(testDatabase.dataSource());
        this.dataDirectory = Files.createTempDirectory("tributary-data");
        this.etcDirectory = Files.createTempDirectory("tributary-etc");
    }

    public static Platform start(TestDatabase.Kind kind) throws SQLException, IOException {
        return new Platform(kind, TestDatabase.migrated(kind));
    }

    public DefaultIdentityService identity() {
        if (identity == null) {
            identity = startIdentity();
        }
        return identity;
    }

    /** What the identity component does on activation: bootstrap, then serve. */
    public DefaultIdentityService startIdentity() {
        bootstrap();
        return new DefaultIdentityService(database, clock, FAST_HASHER, settings);
    }

    public boolean bootstrap() {
        TenantAdministration administration = new TenantAdministration(database, clock, FAST_HASHER);
        return new Bootstrap(database, administration, environment::get, dataDirectory).run();
    }

    public DefaultTenancyService tenancy() {
        if (tenancy == null) {
            identity();
            tenancy = new DefaultTenancyService(database, clock, FAST_HASHER, connectors, () -> List.copyOf(contents));
        }
        return tenancy;
    }

    public DefaultConnectionService connections() {
        if (connections == null) {
            connections = restartConnections();
        }
        return connections;
    }

    /** A new connection service reading the key ring again, as after a restart. */
    public DefaultConnectionService restartConnections() {
        identity();
        connections = new DefaultConnectionService(database, clock, connectors,
                KeyRing.open(etcDirectory, environment::get), name -> connectorLog);
        return connections;
    }

    public DefaultAuditService audit() {
        return new DefaultAuditService(database, clock);
    }

    public Caller admin() {
        return caller(Bootstrap.ADMIN);
    }

    public Caller caller(String username) {
        return identity().callerOf(username).orElseThrow();
    }

    public Caller createUser(Caller by, String username, TenantRole role) {
        tenancy().createUser(by, new UserDraft(username, PASSWORD, null, role, null));
        return caller(username);
    }

    /** A new tenant's owner, created by the platform's operator. */
    public Caller newTenantOwner(String tenantName) {
        tenancy().createTenant(admin(), tenantName, new UserDraft(tenantName + "-owner", PASSWORD, null, null, null));
        return caller(tenantName + "-owner");
    }

    public Workspace createWorkspace(Caller by, String name) {
        return tenancy().createWorkspace(by, name, "the " + name + " workspace");
    }

    /** A new plain member of {@code by}'s tenant with a role in one workspace. */
    public Caller member(Caller by, Workspace workspace, String username, WorkspaceRole role) {
        Caller user = createUser(by, username, TenantRole.MEMBER);
        tenancy().putMember(by, workspace.id(), user.userId(), role);
        return caller(username);
    }

    public static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every row of a table, each column (lower-case name) as text: what is really stored. */
    public List<Map<String, String>> rows(String table) {
        return database.transaction(c -> TestDatabase.rows(c, table));
    }

    @Override
    public void close() throws Exception {
        testDatabase.close();
        for (Path directory : List.of(dataDirectory, etcDirectory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
