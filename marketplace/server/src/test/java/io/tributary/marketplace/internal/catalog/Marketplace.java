package io.tributary.marketplace.internal.catalog;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.signing.SigningKeys;
import io.tributary.store.jdbc.Database;
import io.tributary.store.testing.MutableClock;
import io.tributary.store.testing.TestDatabase;

/**
 * The catalog as its component wires it, on a freshly migrated real database, with temporary storage, a hand-moved
 * clock and the fake inspector. A statement can be made to fail, to see what a failed write leaves behind.
 */
public final class Marketplace implements AutoCloseable {

    public static final Caller OPERATOR = new Caller("usr_operator", "operator", "t_one", TenantRole.OWNER, true,
            Map.of());
    public static final Caller ADMIN = new Caller("usr_admin", "admin", "t_one", TenantRole.ADMIN, false, Map.of());
    public static final Caller OTHER_ADMIN = new Caller("usr_other", "other", "t_two", TenantRole.ADMIN, false,
            Map.of());
    public static final Caller MEMBER = new Caller("usr_member", "member", "t_one", TenantRole.MEMBER, false,
            Map.of());
    public static final byte[] SIGNATURE = "c2lnbmVk".getBytes(StandardCharsets.US_ASCII);

    public final TestDatabase database;
    public final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T08:00:00Z"));
    public final FakeInspector inspector = new FakeInspector();
    public final Path storage;
    public final Path uploads;
    public final DefaultMarketplaceCatalog catalog;
    /** While set, preparing a statement that contains this text fails. */
    public volatile String failingStatement;

    private Marketplace(TestDatabase database) throws IOException {
        this.database = database;
        this.storage = Files.createTempDirectory("marketplace-storage");
        this.uploads = Files.createTempDirectory("marketplace-uploads");
        this.catalog = new DefaultMarketplaceCatalog(new Database(failing(database.dataSource())),
                new ArtifactStore(storage), inspector, clock);
    }

    public static Marketplace start(TestDatabase.Kind kind) throws SQLException, IOException {
        return new Marketplace(TestDatabase.migrated(kind));
    }

    /** A publisher registered by the caller, with a new Ed25519 key. */
    public Publisher publisher(Caller owner, String name) {
        return catalog.registerPublisher(owner, name, SigningKeys.publicPem(SigningKeys.generate()));
    }

    public ListingVersion publish(Caller caller, Publisher publisher, Path jar) {
        return catalog.publish(caller, publisher.id(), jar, SIGNATURE, null);
    }

    public Path connector(String id, String version) throws IOException {
        return TestJars.connector(uploads, id, version);
    }

    /** Every file under a folder of the storage, e.g. {@code artifacts} or {@code incoming}. */
    public List<Path> files(String folder) throws IOException {
        Path root = storage.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    public List<Map<String, String>> rows(String table) throws SQLException {
        return database.rows(table);
    }

    @Override
    public void close() throws SQLException, IOException {
        database.close();
        for (Path directory : List.of(storage, uploads)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private DataSource failing(DataSource real) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return failing(real.getConnection());
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return failing(real.getConnection(user, password));
            }

            @Override
            public PrintWriter getLogWriter() throws SQLException {
                return real.getLogWriter();
            }

            @Override
            public void setLogWriter(PrintWriter out) throws SQLException {
                real.setLogWriter(out);
            }

            @Override
            public void setLoginTimeout(int seconds) throws SQLException {
                real.setLoginTimeout(seconds);
            }

            @Override
            public int getLoginTimeout() throws SQLException {
                return real.getLoginTimeout();
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                return real.getParentLogger();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                return real.unwrap(type);
            }

            @Override
            public boolean isWrapperFor(Class<?> type) throws SQLException {
                return real.isWrapperFor(type);
            }
        };
    }

    private Connection failing(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String failOn = failingStatement;
                    if (failOn != null && method.getName().equals("prepareStatement")
                            && ((String) args[0]).contains(failOn)) {
                        throw new SQLException("injected failure of " + failOn, "58000");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
