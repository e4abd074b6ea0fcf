package io.tributary.tenancy.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.tributary.api.store.Store;
import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.store.testing.TestDatabase;
import io.tributary.tenancy.internal.FakeConnectors;
import io.tributary.tenancy.internal.Platform;
import io.tributary.tenancy.internal.connection.KeyRing;
import io.tributary.tenancy.internal.tenancy.Bootstrap;

/** The components as SCR creates them: a Store, the registry, no configuration file, Karaf's folder properties. */
class ComponentsTest {

    @TempDir
    Path karaf;

    private TestDatabase database;
    private Store store;

    @BeforeEach
    void startStoreAndPointKarafFoldersHere() throws Exception {
        database = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        store = database.store();
        System.setProperty("karaf.data", karaf.resolve("data").toString());
        System.setProperty("karaf.etc", karaf.resolve("etc").toString());
    }

    @AfterEach
    void dropDatabase() throws Exception {
        System.clearProperty("karaf.data");
        System.clearProperty("karaf.etc");
        database.close();
    }

    @Test
    void defaultsWithoutConfigurationBootstrapTheAdminAndCreateTheKeyRing() {
        IdentityComponent identity = new IdentityComponent(store, defaults());
        ConnectionComponent connections = new ConnectionComponent(store, new FakeConnectors());

        assertTrue(Files.exists(karaf.resolve("data").resolve(Bootstrap.PASSWORD_FILE)));
        assertTrue(Files.exists(karaf.resolve("etc").resolve(KeyRing.FILE_NAME)));
        Caller admin = identity.callerOf("admin").orElseThrow();
        Workspace workspace = new TenancyComponent(store, new FakeConnectors()).createWorkspace(admin, "W", null);
        Connection connection = connections.create(admin, new ConnectionDraft(workspace.id(), FakeConnectors.ID,
                FakeConnectors.VERSION, "api", Platform.json("{'baseUrl': 'https://example.com'}")));
        assertEquals(List.of("connection.create", "workspace.create"), new AuditComponent(store)
                .entries(admin, workspace.id(), null, 10).stream().map(AuditEntry::action).toList());
        assertEquals(connection, connections.connection(admin, connection.id()));
    }

    @Test
    void workspaceContentsArrivingAndLeavingAreExportedWhileThere() {
        Caller admin = new IdentityComponent(store, defaults()).callerOf("admin").orElseThrow();
        TenancyComponent tenancy = new TenancyComponent(store, new FakeConnectors());
        Workspace workspace = tenancy.createWorkspace(admin, "W", null);
        WorkspaceContent flows = new WorkspaceContent() {
            @Override
            public String section() {
                return "flows";
            }

            @Override
            public ArrayNode export(String workspaceId) {
                return (ArrayNode) Platform.json("{'flows': [{'name': 'orders'}]}").get("flows");
            }

            @Override
            public void importInto(Caller caller, String workspaceId, ArrayNode items,
                    Map<String, String> connectionIds) {
                throw new UnsupportedOperationException("not imported here");
            }
        };

        List<String> calls = new ArrayList<>();
        ComponentServiceObjects<WorkspaceContent> objects = new ComponentServiceObjects<>() {
            @Override
            public WorkspaceContent getService() {
                calls.add("get");
                return flows;
            }

            @Override
            public void ungetService(WorkspaceContent service) {
                calls.add("unget");
            }

            @Override
            public ServiceReference<WorkspaceContent> getServiceReference() {
                throw new UnsupportedOperationException("not needed");
            }
        };

        tenancy.addContent(objects);
        assertEquals(List.of(), calls, "binding does not get the service: that would activate the engine too early");
        assertEquals(Platform.json("{'flows': [{'name': 'orders'}]}").get("flows"),
                tenancy.exportWorkspace(admin, workspace.id()).get("flows"));
        tenancy.exportWorkspace(admin, workspace.id());
        assertEquals(List.of("get"), calls, "got once, when first needed");
        tenancy.removeContent(objects);
        assertEquals(List.of("get", "unget"), calls);
        assertFalse(tenancy.exportWorkspace(admin, workspace.id()).has("flows"));
    }

    /** What SCR hands a component when no configuration exists: every attribute's default. */
    private static TenancyConfig defaults() {
        return (TenancyConfig) Proxy.newProxyInstance(TenancyConfig.class.getClassLoader(),
                new Class<?>[] {TenancyConfig.class}, (proxy, method, args) -> method.getDefaultValue());
    }
}
