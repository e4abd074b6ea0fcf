package io.tributary.tenancy.internal.audit;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.FakeConnectors;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Platform;

/** Every change leaves an entry, written and rolled back with it, readable by those who may see it, without secrets. */
class AuditTest {

    private static final String PASSWORD = "s3cret-Pa55word";

    @EachDatabase
    void aChangeIsRecordedWithWhoWhatAndTheStateAfter(Platform platform) {
        Workspace workspace = platform.createWorkspace(platform.admin(), "Sales");

        AuditEntry entry = platform.audit().entries(platform.admin(), null, null, 1).get(0);

        assertEquals("workspace.create", entry.action());
        assertEquals("workspace:" + workspace.id(), entry.target());
        assertEquals("admin", entry.actorName());
        assertEquals(workspace.id(), entry.workspaceId());
        assertEquals(platform.clock.instant(), entry.at());
        assertEquals("Sales", entry.after().path("name").asText());
    }

    @EachDatabase
    void theEntryRollsBackWithAChangeThatFails(Platform platform) {
        Caller admin = platform.admin();
        int before = platform.rows("audit_event").size();

        assertThrows(IllegalStateException.class, () -> platform.database.transaction(c -> {
            platform.tenancy().createWorkspace(admin, "Doomed", null);
            platform.audit().record(admin, null, "flow.create", "flow:f-1", null, Json.object());
            throw new IllegalStateException("a later step of the change failed");
        }));

        assertEquals(before, platform.rows("audit_event").size());
        assertTrue(platform.tenancy().workspaces(admin).isEmpty());
    }

    @EachDatabase
    void recordOutsideATransactionWritesItsOwnEntry(Platform platform) {
        Workspace workspace = platform.createWorkspace(platform.admin(), "Sales");

        platform.audit().record(platform.admin(), workspace.id(), "flow.create", "flow:f-1", null,
                Json.object().put("name", "orders"));

        AuditEntry entry = platform.audit().entries(platform.admin(), workspace.id(), null, 1).get(0);
        assertEquals("flow.create", entry.action());
        assertEquals(workspace.tenantId(), entry.tenantId());
    }

    @EachDatabase
    void summariesNeverHoldSecretsOrPasswordHashes(Platform platform) {
        Caller admin = platform.admin();
        Workspace workspace = platform.createWorkspace(admin, "Sales");
        Connection connection = platform.connections().create(admin, draft(workspace, PASSWORD));
        platform.connections().update(admin, connection.id(), draft(workspace, PASSWORD + "-changed"));
        platform.tenancy().createUser(admin, new UserDraft("bob", Platform.PASSWORD, null, null, null));

        String log = platform.rows("audit_event").toString();

        assertFalse(log.contains(PASSWORD), log);
        assertFalse(log.contains(Platform.PASSWORD), log);
        assertFalse(log.contains("$argon2id"), log);
        assertTrue(log.contains("connection.update") && log.contains("********"), log);
    }

    @EachDatabase
    void eachCallerSeesOnlyWhatTheyMay(Platform platform) {
        Caller admin = platform.admin();
        Workspace a = platform.createWorkspace(admin, "A");
        Workspace b = platform.createWorkspace(admin, "B");
        Caller mia = platform.member(admin, a, "mia", WorkspaceRole.MONITOR);
        Caller bob = platform.createUser(admin, "bob", TenantRole.MEMBER);
        platform.identity().createToken(mia, "mine", null);
        platform.identity().createToken(bob, "not mine", null);
        platform.tenancy().updateWorkspace(admin, b.id(), null, "not for mia");
        Caller acme = platform.newTenantOwner("acme");

        assertTrue(platform.audit().entries(mia, null, null, 100).stream().allMatch(entry ->
                a.id().equals(entry.workspaceId()) || entry.action().startsWith("token.")
                        && entry.actorId().equals(mia.userId())));
        assertEquals(Set.of(admin.tenantId()), tenants(platform.audit().entries(admin, b.id(), null, 100)));
        assertEquals(Set.of(acme.tenantId()), tenants(platform.audit().entries(acme, null, null, 100)));
        assertEquals(Set.of(admin.tenantId(), acme.tenantId()), tenants(platform.audit().entries(admin, null, null,
                100)));
        assertProblem(404, () -> platform.audit().entries(mia, b.id(), null, 100));
    }

    @EachDatabase
    void entriesAreNewestFirstFilteredBySinceAndLimited(Platform platform) {
        Caller admin = platform.admin();
        Workspace workspace = platform.createWorkspace(admin, "Sales");
        platform.clock.advance(Duration.ofMinutes(1));
        Instant since = platform.clock.instant();
        for (String description : List.of("one", "two", "three")) {
            platform.tenancy().updateWorkspace(admin, workspace.id(), null, description);
        }

        List<AuditEntry> entries = platform.audit().entries(admin, workspace.id(), since, 2);

        assertEquals(List.of("three", "two"), entries.stream()
                .map(entry -> entry.after().path("description").asText()).toList());
    }

    private static Set<String> tenants(List<AuditEntry> entries) {
        return Set.copyOf(entries.stream().map(AuditEntry::tenantId).toList());
    }

    private static ConnectionDraft draft(Workspace workspace, String password) {
        return new ConnectionDraft(workspace.id(), FakeConnectors.ID, FakeConnectors.VERSION, "api",
                Platform.json("{'baseUrl': 'https://example.com', 'auth': {'type': 'basic', 'username': 'ann',"
                        + " 'password': '" + password + "'}}"));
    }
}
