package io.tributary.tenancy.internal.identity;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.RetryLaterException;
import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Session;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.Platform;

/** Sign-in: one 401 for unknown users and wrong passwords, and 429s once failures pile up. */
class LoginTest {

    private static final String ADDRESS = "192.0.2.10";

    @EachDatabase
    void loginGivesASessionTokenThatExpiresAfterTheConfiguredLifetime(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);

        Session session = platform.identity().login("Alice", Platform.PASSWORD, ADDRESS);

        assertTrue(session.token().startsWith(BearerTokens.SESSION_PREFIX));
        assertEquals(platform.clock.instant().plus(Duration.ofHours(12)), session.expiresAt());
        Caller caller = platform.identity().authenticate(session.token()).orElseThrow();
        assertEquals("alice", caller.username());
    }

    @EachDatabase
    void unknownUserAndWrongPasswordGetTheSame401(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);

        Problem wrongPassword = assertProblem(401,
                () -> platform.identity().login("alice", "not the password", ADDRESS));
        Problem unknownUser = assertProblem(401, () -> platform.identity().login("bob", Platform.PASSWORD, ADDRESS));

        assertEquals(wrongPassword, unknownUser);
    }

    @EachDatabase
    void repeatedFailuresForOneUserAre429WithRetryAfterEvenWithTheRightPassword(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        failLogins(platform, "alice", 3);

        Problem limited = assertProblem(429,
                () -> platform.identity().login("alice", Platform.PASSWORD, "198.51.100.7"));

        assertTrue(limited.detail().contains("retry after 900 seconds"), limited.detail());
        RetryLaterException refusal = assertThrows(RetryLaterException.class,
                () -> platform.identity().login("alice", Platform.PASSWORD, "198.51.100.7"));
        assertEquals(900, refusal.retryAfterSeconds());
    }

    @EachDatabase
    void repeatedFailuresFromOneAddressAre429ForEveryUser(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        for (int i = 0; i < 5; i++) {
            String guessedUser = "guess" + i;
            assertProblem(401, () -> platform.identity().login(guessedUser, "wrong password", ADDRESS));
        }

        assertProblem(429, () -> platform.identity().login("alice", Platform.PASSWORD, ADDRESS));
        assertTrue(platform.identity().login("alice", Platform.PASSWORD, "198.51.100.7").token() != null);
    }

    @EachDatabase
    void signInWorksAgainOnceTheWindowHasPassed(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        failLogins(platform, "alice", 3);
        platform.clock.advance(Duration.ofMinutes(14));
        assertProblem(429, () -> platform.identity().login("alice", Platform.PASSWORD, ADDRESS));

        platform.clock.advance(Duration.ofMinutes(1));

        assertTrue(platform.identity().login("alice", Platform.PASSWORD, ADDRESS).token() != null);
    }

    @EachDatabase
    void successfulSignInClearsTheUsersFailures(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        failLogins(platform, "alice", 2);
        platform.identity().login("alice", Platform.PASSWORD, ADDRESS);

        failLogins(platform, "alice", 2);

        assertTrue(platform.identity().login("alice", Platform.PASSWORD, ADDRESS).token() != null);
    }

    @EachDatabase
    void anUnlockedUserSignsInAtOnceAndTheUnlockIsAudited(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        failLogins(platform, "alice", 3);
        assertProblem(429, () -> platform.identity().login("alice", Platform.PASSWORD, ADDRESS));

        platform.identity().unlockSignIn(platform.admin(), "Alice");

        assertTrue(platform.identity().login("alice", Platform.PASSWORD, ADDRESS).token() != null);
        AuditEntry entry = platform.audit().entries(platform.admin(), null, null, 1).get(0);
        assertEquals("user.unlock", entry.action());
        assertEquals("user:" + platform.caller("alice").userId(), entry.target());
    }

    @EachDatabase
    void onlyOperatorsAndTheUsersTenantAdminsUnlock(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        Caller bob = platform.createUser(platform.admin(), "bob", TenantRole.MEMBER);
        Caller otherOwner = platform.newTenantOwner("other");
        Caller tenantAdmin = platform.createUser(platform.admin(), "carol", TenantRole.ADMIN);

        assertProblem(403, () -> platform.identity().unlockSignIn(bob, "alice"));
        assertProblem(404, () -> platform.identity().unlockSignIn(otherOwner, "alice"));
        assertProblem(404, () -> platform.identity().unlockSignIn(platform.admin(), "nobody"));
        platform.identity().unlockSignIn(tenantAdmin, "alice");
        platform.identity().unlockSignIn(platform.admin(), "other-owner");
    }

    private static void failLogins(Platform platform, String username, int times) {
        for (int i = 0; i < times; i++) {
            assertProblem(401, () -> platform.identity().login(username, "wrong password", ADDRESS));
        }
    }
}
