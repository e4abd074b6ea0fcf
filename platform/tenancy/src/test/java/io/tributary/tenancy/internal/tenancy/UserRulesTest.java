package io.tributary.tenancy.internal.tenancy;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static io.tributary.tenancy.internal.ProblemAssert.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.tributary.api.problem.Problem;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Session;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.Platform;

/** The rules around users: owners, operators, names and passwords. */
class UserRulesTest {

    @EachDatabase
    void theLastOwnerCanBeNeitherDemotedNorDeleted(Platform platform) {
        Caller owner = platform.newTenantOwner("acme");
        Caller other = platform.createUser(owner, "acme-admin", TenantRole.ADMIN);

        assertProblem(409, () -> platform.tenancy().updateUser(owner, owner.userId(), role(TenantRole.ADMIN)));
        platform.tenancy().updateUser(owner, other.userId(), role(TenantRole.OWNER));
        platform.tenancy().updateUser(owner, owner.userId(), role(TenantRole.ADMIN));

        Caller lastOwner = platform.caller("acme-admin");
        assertProblem(409, () -> platform.tenancy().updateUser(lastOwner, lastOwner.userId(),
                role(TenantRole.MEMBER)));
        Caller shell = new Caller("shell:karaf", "shell:karaf", owner.tenantId(), TenantRole.OWNER, true,
                Map.of());
        assertProblem(409, () -> platform.tenancy().deleteUser(shell, lastOwner.userId()));
    }

    @EachDatabase
    void nobodyDeletesThemselves(Platform platform) {
        Caller admin = platform.admin();

        assertProblem(409, () -> platform.tenancy().deleteUser(admin, admin.userId()));
    }

    @EachDatabase
    void onlyOperatorsGrantOperatorRights(Platform platform) {
        Caller owner = platform.newTenantOwner("acme");

        assertProblem(403, () -> platform.tenancy().createUser(owner,
                new UserDraft("op", Platform.PASSWORD, null, TenantRole.MEMBER, true)));
        User granted = platform.tenancy().createUser(platform.admin(),
                new UserDraft("op", Platform.PASSWORD, null, TenantRole.MEMBER, true));

        assertTrue(granted.operator());
    }

    @EachDatabase
    void onlyOwnersGrantTheOwnerRoleOrChangeAnOwner(Platform platform) {
        Caller admin = platform.admin();
        Caller ada = platform.createUser(admin, "ada", TenantRole.ADMIN);
        Caller bob = platform.createUser(admin, "bob", TenantRole.MEMBER);

        assertProblem(403, () -> platform.tenancy().updateUser(ada, bob.userId(), role(TenantRole.OWNER)));
        assertProblem(403, () -> platform.tenancy().updateUser(ada, ada.userId(), role(TenantRole.OWNER)));
        assertProblem(403, () -> platform.tenancy().updateUser(ada, admin.userId(),
                new UserDraft(null, "a new password for you", null, null, null)));
        assertProblem(403, () -> platform.tenancy().deleteUser(ada, admin.userId()));
        assertEquals(TenantRole.ADMIN, platform.tenancy().updateUser(ada, bob.userId(), role(TenantRole.ADMIN))
                .tenantRole());
    }

    @EachDatabase
    void membersChangeOnlyTheirOwnPasswordAndEmail(Platform platform) {
        Caller bob = platform.createUser(platform.admin(), "bob", TenantRole.MEMBER);

        User changed = platform.tenancy().updateUser(bob, bob.userId(),
                new UserDraft(null, null, "bob@example.com", null, null));

        assertEquals("bob@example.com", changed.email());
        assertProblem(403, () -> platform.tenancy().updateUser(bob, bob.userId(), role(TenantRole.ADMIN)));
        assertProblem(403, () -> platform.tenancy().updateUser(bob, bob.userId(),
                new UserDraft("robert", null, null, null, null)));
    }

    @EachDatabase
    void aNewPasswordEndsTheSessionsOfTheOldOne(Platform platform) {
        Caller bob = platform.createUser(platform.admin(), "bob", TenantRole.MEMBER);
        Session session = platform.identity().login("bob", Platform.PASSWORD, null);

        platform.tenancy().updateUser(bob, bob.userId(), new UserDraft(null, "another long password", null, null,
                null));

        assertTrue(platform.identity().authenticate(session.token()).isEmpty());
        assertTrue(platform.identity().login("bob", "another long password", null).token() != null);
    }

    @EachDatabase
    void userNamesAreUniqueAcrossTenantsIgnoringCase(Platform platform) {
        platform.createUser(platform.admin(), "bob", TenantRole.MEMBER);
        Caller owner = platform.newTenantOwner("acme");

        Problem taken = assertProblem(409, () -> platform.tenancy().createUser(owner,
                new UserDraft("BOB", Platform.PASSWORD, null, null, null)));

        assertEquals(List.of("username"), fields(taken));
    }

    @EachDatabase
    void newUsersBreakingRulesGetEveryFieldNamed(Platform platform) {
        Problem invalid = assertProblem(422, () -> platform.tenancy().createUser(platform.admin(),
                new UserDraft("no spaces allowed", "too short", "not-an-email", null, null)));

        assertEquals(List.of("username", "password", "email"), fields(invalid));
        assertFalse(invalid.toString().contains("too short"), "the password is never echoed");
    }

    @EachDatabase
    void workspaceNamesAreUniquePerTenant(Platform platform) {
        platform.createWorkspace(platform.admin(), "Sales");
        Caller owner = platform.newTenantOwner("acme");

        platform.createWorkspace(owner, "Sales");
        Problem taken = assertProblem(409, () -> platform.createWorkspace(platform.admin(), "Sales"));

        assertEquals(List.of("name"), fields(taken));
    }

    private static UserDraft role(TenantRole role) {
        return new UserDraft(null, null, null, role, null);
    }
}
