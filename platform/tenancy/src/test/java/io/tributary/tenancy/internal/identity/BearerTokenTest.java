package io.tributary.tenancy.internal.identity;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.NewApiToken;
import io.tributary.api.tenancy.Session;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.Platform;

/** Session and API tokens: what authenticates, what no longer does, and what is stored. */
class BearerTokenTest {

    @EachDatabase
    void sessionTokenAuthenticatesUntilItExpires(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        Session session = platform.identity().login("alice", Platform.PASSWORD, null);

        platform.clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertTrue(platform.identity().authenticate(session.token()).isPresent());
        platform.clock.advance(Duration.ofSeconds(1));

        assertTrue(platform.identity().authenticate(session.token()).isEmpty());
    }

    @EachDatabase
    void logoutEndsTheSession(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        Session session = platform.identity().login("alice", Platform.PASSWORD, null);

        platform.identity().logout(session.token());

        assertTrue(platform.identity().authenticate(session.token()).isEmpty());
    }

    @EachDatabase
    void apiTokenAuthenticatesAsItsCreator(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.ADMIN);

        NewApiToken created = platform.identity().createToken(alice, "ci", null);

        assertTrue(created.secret().startsWith(BearerTokens.API_PREFIX));
        assertEquals(alice, platform.identity().authenticate(created.secret()).orElseThrow());
    }

    @EachDatabase
    void expiredApiTokenIsRejected(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        NewApiToken created = platform.identity().createToken(alice, "ci", platform.clock.instant().plusSeconds(60));

        platform.clock.advance(Duration.ofSeconds(60));

        assertTrue(platform.identity().authenticate(created.secret()).isEmpty());
    }

    @EachDatabase
    void revokedApiTokenIsRejectedAndNoLongerListed(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        NewApiToken created = platform.identity().createToken(alice, "ci", null);

        platform.identity().revokeToken(alice, created.token().id());

        assertTrue(platform.identity().authenticate(created.secret()).isEmpty());
        assertEquals(List.of(), platform.identity().tokens(alice));
    }

    @EachDatabase
    void unknownAndMalformedTokensAuthenticateNobody(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        String secret = platform.identity().createToken(alice, "ci", null).secret();

        assertTrue(platform.identity().authenticate(secret + "x").isEmpty());
        assertTrue(platform.identity().authenticate(BearerTokens.newToken(BearerTokens.SESSION_PREFIX)).isEmpty());
        assertTrue(platform.identity().authenticate("Basic YWxpY2U6").isEmpty());
        assertTrue(platform.identity().authenticate(null).isEmpty());
    }

    @EachDatabase
    void tokenSecretIsShownOnceAndStoredOnlyAsItsHash(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        NewApiToken created = platform.identity().createToken(alice, "ci", null);

        Map<String, String> row = platform.rows("api_token").get(0);
        assertEquals(BearerTokens.hash(created.secret()), row.get("token_hash"));
        assertFalse(row.values().stream().anyMatch(value -> value != null && value.contains(created.secret())));
        assertFalse(platform.identity().tokens(alice).toString().contains(created.secret()));
    }

    @EachDatabase
    void sessionsAreStoredOnlyAsHashes(Platform platform) {
        platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        Session session = platform.identity().login("alice", Platform.PASSWORD, null);

        Map<String, String> row = platform.rows("session_token").get(0);

        assertEquals(BearerTokens.hash(session.token()), row.get("token_hash"));
        assertFalse(row.values().stream().anyMatch(value -> value != null && value.contains(session.token())));
    }

    @EachDatabase
    void lastUseIsWrittenAtMostOnceAMinute(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);
        NewApiToken created = platform.identity().createToken(alice, "ci", null);
        platform.identity().authenticate(created.secret());
        var firstUse = platform.identity().tokens(alice).get(0).lastUsedAt();

        platform.clock.advance(Duration.ofSeconds(59));
        platform.identity().authenticate(created.secret());
        assertEquals(firstUse, platform.identity().tokens(alice).get(0).lastUsedAt());
        platform.clock.advance(Duration.ofSeconds(1));
        platform.identity().authenticate(created.secret());

        assertEquals(firstUse.plusSeconds(60), platform.identity().tokens(alice).get(0).lastUsedAt());
    }

    @EachDatabase
    void membersCannotRevokeOtherUsersTokensButTheirAdminCan(Platform platform) {
        Caller admin = platform.admin();
        Caller alice = platform.createUser(admin, "alice", TenantRole.MEMBER);
        Caller bob = platform.createUser(admin, "bob", TenantRole.MEMBER);
        NewApiToken alicesToken = platform.identity().createToken(alice, "ci", null);

        assertProblem(404, () -> platform.identity().revokeToken(bob, alicesToken.token().id()));
        platform.identity().revokeToken(admin, alicesToken.token().id());

        assertTrue(platform.identity().authenticate(alicesToken.secret()).isEmpty());
    }

    @EachDatabase
    void tokenNeedsANameAndAFutureExpiry(Platform platform) {
        Caller alice = platform.createUser(platform.admin(), "alice", TenantRole.MEMBER);

        assertProblem(422, () -> platform.identity().createToken(alice, " ", null));
        assertProblem(422, () -> platform.identity().createToken(alice, "ci", platform.clock.instant()));
        assertNull(platform.identity().createToken(alice, "ci", null).token().expiresAt());
    }
}
