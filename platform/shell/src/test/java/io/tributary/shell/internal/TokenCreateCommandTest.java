package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;

class TokenCreateCommandTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final Caller alice = FakeIdentity.caller("alice", "t-2", TenantRole.MEMBER, false);
    private final TokenCreateCommand command = new TokenCreateCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        identity.users.put("alice", alice);
        command.identity = identity;
        command.clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        command.username = "alice";
        command.name = "ci-deploy";
    }

    @Test
    void createsATokenActingAsTheUserAndPrintsItsSecretOnce() {
        command.run(out.stream, err.stream);

        assertEquals(alice, identity.tokenCaller);
        assertEquals("ci-deploy", identity.tokenName);
        assertNull(identity.tokenExpiresAt);
        assertEquals(List.of("Created API token ci-deploy (id tk-7) for alice; it does not expire",
                "Secret: trb_s3cret", "Copy the secret now: it is not shown again."), out.text().lines().toList());
        assertEquals("", err.text());
    }

    @Test
    void expiresAfterADurationFromNow() {
        command.expires = "P30D";

        command.run(out.stream, err.stream);

        assertEquals(Instant.parse("2026-12-22T10:00:00Z"), identity.tokenExpiresAt);
        assertEquals("Created API token ci-deploy (id tk-7) for alice; it expires 2026-12-22T10:00:00Z",
                out.text().lines().findFirst().orElseThrow());
    }

    @Test
    void expiresAtAnInstant() {
        command.expires = "2027-01-31T00:00:00Z";

        command.run(out.stream, err.stream);

        assertEquals(Instant.parse("2027-01-31T00:00:00Z"), identity.tokenExpiresAt);
    }

    @Test
    void refusesAnExpiryItCannotRead() {
        command.expires = "next week";

        command.run(out.stream, err.stream);

        assertNull(identity.tokenCaller);
        assertEquals("Cannot read 'next week' as an expiry: give an instant such as 2027-01-31T00:00:00Z or a duration "
                + "such as P30D or PT12H; no token was created", err.text().strip());
        assertEquals("", out.text());
    }

    @Test
    void refusesAnUnknownUser() {
        command.username = "mallory";

        command.run(out.stream, err.stream);

        assertNull(identity.tokenCaller);
        assertEquals("There is no user named mallory; no token was created", err.text().strip());
    }

    @Test
    void printsEveryReasonTheTokenIsRefused() {
        identity.refusal = new ProblemException(Problem.invalid("the token was not created", List.of(
                new FieldError("name", "is already used by another of your tokens"),
                new FieldError("expiresAt", "must be within a year"))));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Refused (422 Unprocessable Content): the token was not created",
                "  - name: is already used by another of your tokens", "  - expiresAt: must be within a year"),
                err.text().lines().toList());
        assertEquals("", out.text());
    }
}
