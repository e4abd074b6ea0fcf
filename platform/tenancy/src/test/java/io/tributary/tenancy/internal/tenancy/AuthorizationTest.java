package io.tributary.tenancy.internal.tenancy;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.function.Executable;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.FakeConnectors;
import io.tributary.tenancy.internal.Platform;
import io.tributary.tenancy.internal.connection.DefaultConnectionService;

/**
 * Who may do what: 404 for what a caller may not see (another tenant's, a workspace they are not in), 403 for what
 * they see but their role does not allow. One row per rule; 200 means allowed.
 */
class AuthorizationTest {

    private static final int OK = 200;

    /** Tenant default: operator admin, admin ada, manager mia and monitor mo in workspace A, nel in none. */
    private Caller admin;
    private Caller ada;
    private Caller mia;
    private Caller mo;
    private Caller nel;
    private Caller acmeOwner;
    private Workspace workspaceA;
    private Workspace workspaceB;
    private Workspace acmeWorkspace;
    private Connection connectionA;
    private Connection acmeConnection;

    @EachDatabase
    void everyRoleGetsWhatItMayAndNoMore(Platform platform) {
        givenTwoTenants(platform);
        TenancyService tenancy = platform.tenancy();
        DefaultConnectionService connections = platform.connections();

        assertAll(
                rule(OK, () -> tenancy.tenants(admin)),
                rule(403, () -> tenancy.tenants(ada)),
                rule(403, () -> tenancy.createTenant(ada, "other", owner("other-owner"))),
                rule(OK, () -> tenancy.tenant(admin, acmeOwner.tenantId())),
                rule(404, () -> tenancy.tenant(ada, acmeOwner.tenantId())),
                rule(403, () -> tenancy.tenant(ada, ada.tenantId())),
                rule(OK, () -> tenancy.users(ada)),
                rule(403, () -> tenancy.users(mia)),
                rule(OK, () -> tenancy.user(mia, mia.userId())),
                rule(403, () -> tenancy.user(mia, ada.userId())),
                rule(404, () -> tenancy.user(ada, acmeOwner.userId())),
                rule(403, () -> tenancy.createUser(mia, owner("newbie"))),
                rule(404, () -> tenancy.updateUser(ada, acmeOwner.userId(), new UserDraft(null, null, "x@y.z", null,
                        null))),
                rule(404, () -> tenancy.deleteUser(ada, acmeOwner.userId())),
                rule(OK, () -> tenancy.workspace(mia, workspaceA.id())),
                rule(404, () -> tenancy.workspace(mia, workspaceB.id())),
                rule(404, () -> tenancy.workspace(ada, acmeWorkspace.id())),
                rule(403, () -> tenancy.createWorkspace(mia, "mine", null)),
                rule(403, () -> tenancy.updateWorkspace(mia, workspaceA.id(), "renamed", null)),
                rule(404, () -> tenancy.updateWorkspace(nel, workspaceA.id(), "renamed", null)),
                rule(403, () -> tenancy.deleteWorkspace(mo, workspaceA.id())),
                rule(404, () -> tenancy.deleteWorkspace(ada, acmeWorkspace.id())),
                rule(403, () -> tenancy.putMember(mia, workspaceA.id(), nel.userId(), WorkspaceRole.MONITOR)),
                rule(404, () -> tenancy.putMember(ada, workspaceA.id(), acmeOwner.userId(), WorkspaceRole.MONITOR)),
                rule(403, () -> tenancy.removeMember(mia, workspaceA.id(), mo.userId())),
                rule(OK, () -> connections.connections(mo, workspaceA.id())),
                rule(404, () -> connections.connections(nel, workspaceA.id())),
                rule(OK, () -> connections.connection(mo, connectionA.id())),
                rule(404, () -> connections.connection(ada, acmeConnection.id())),
                rule(403, () -> connections.create(mo, draft(workspaceA, "by monitor"))),
                rule(OK, () -> connections.create(mia, draft(workspaceA, "by manager"))),
                rule(403, () -> connections.update(mo, connectionA.id(), draft(workspaceA, "renamed"))),
                rule(404, () -> connections.update(ada, acmeConnection.id(), draft(acmeWorkspace, "renamed"))),
                rule(403, () -> connections.delete(mo, connectionA.id())),
                rule(OK, () -> connections.test(mo, connectionA.id())),
                rule(403, () -> connections.rotateSecretKey(ada)),
                rule(OK, () -> tenancy.exportWorkspace(mo, workspaceA.id())),
                rule(403, () -> tenancy.importWorkspace(mo, workspaceA.id(), tenancy.exportWorkspace(mo,
                        workspaceA.id()))),
                rule(403, () -> tenancy.cloneWorkspace(mia, workspaceA.id(), "copy", true)),
                rule(404, () -> tenancy.cloneWorkspace(ada, acmeWorkspace.id(), "copy", true)),
                rule(404, () -> platform.audit().entries(mia, workspaceB.id(), null, 10)),
                rule(OK, () -> tenancy.updateWorkspace(ada, workspaceA.id(), null, "changed by ada")));
    }

    @EachDatabase
    void membersListOnlyTheirWorkspacesAndAdminsAllOfTheirTenant(Platform platform) {
        givenTwoTenants(platform);

        assertEquals(List.of("A"), names(platform.tenancy().workspaces(mia)));
        assertEquals(List.of(), names(platform.tenancy().workspaces(nel)));
        assertEquals(List.of("A", "B"), names(platform.tenancy().workspaces(ada)));
        assertEquals(List.of("X"), names(platform.tenancy().workspaces(acmeOwner)));
    }

    @EachDatabase
    void connectionsWithoutAWorkspaceAreThoseOfEveryWorkspaceTheCallerSees(Platform platform) {
        givenTwoTenants(platform);
        Connection connectionB = platform.connections().create(admin, draft(workspaceB, "api"));

        assertEquals(List.of(connectionA.id()), ids(platform.connections().connections(mo, null)));
        assertEquals(List.of(), ids(platform.connections().connections(nel, null)));
        assertEquals(Set.of(connectionA.id(), connectionB.id()),
                Set.copyOf(ids(platform.connections().connections(ada, null))));
        assertEquals(List.of(acmeConnection.id()), ids(platform.connections().connections(acmeOwner, null)));
    }

    private void givenTwoTenants(Platform platform) {
        admin = platform.admin();
        ada = platform.createUser(admin, "ada", TenantRole.ADMIN);
        workspaceA = platform.createWorkspace(admin, "A");
        workspaceB = platform.createWorkspace(admin, "B");
        mia = platform.member(admin, workspaceA, "mia", WorkspaceRole.MANAGE);
        mo = platform.member(admin, workspaceA, "mo", WorkspaceRole.MONITOR);
        nel = platform.createUser(admin, "nel", TenantRole.MEMBER);
        connectionA = platform.connections().create(admin, draft(workspaceA, "api"));
        acmeOwner = platform.newTenantOwner("acme");
        acmeWorkspace = platform.createWorkspace(acmeOwner, "X");
        acmeConnection = platform.connections().create(acmeOwner, draft(acmeWorkspace, "api"));
    }

    private static Executable rule(int expected, Executable call) {
        return expected == OK ? call : () -> assertProblem(expected, call);
    }

    private static UserDraft owner(String username) {
        return new UserDraft(username, Platform.PASSWORD, null, null, null);
    }

    private static ConnectionDraft draft(Workspace workspace, String name) {
        return new ConnectionDraft(workspace.id(), FakeConnectors.ID, FakeConnectors.VERSION, name,
                Platform.json("{'baseUrl': 'https://example.com'}"));
    }

    private static List<String> ids(List<Connection> connections) {
        return connections.stream().map(Connection::id).toList();
    }

    private static List<String> names(List<Workspace> workspaces) {
        return workspaces.stream().map(Workspace::name).toList();
    }
}
