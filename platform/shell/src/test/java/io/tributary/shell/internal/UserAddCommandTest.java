package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;

class UserAddCommandTest {

    private static final String PASSWORD = "correct horse battery";

    private final FakeTenancy tenancy = new FakeTenancy();
    private final FakeSession console = FakeSession.of("karaf");
    private final UserAddCommand command = new UserAddCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = new FakeIdentity();
        command.tenancy = tenancy;
        command.session = console.session();
        command.username = "alice";
        tenancy.tenants.add(FakeTenancy.tenant("t-2", "Acme"));
    }

    @Test
    void asksTwiceWithoutEchoAndAddsAMemberToTheOperatorsTenant() {
        console.typed.addAll(List.of(PASSWORD, PASSWORD));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Password: ", "Repeat password: "), console.prompts);
        assertEquals(List.of('*', '*'), console.masks);
        assertEquals(new UserDraft("alice", PASSWORD, null, null, false), tenancy.createdUser);
        assertEquals(FakeIdentity.FIRST_TENANT, tenancy.caller.tenantId());
        assertEquals("Added user alice (id u-42) to tenant t-1 as member", out.text().strip());
        assertEquals("", err.text());
    }

    @Test
    void passesTenantRoleOperatorAndEmailOn() {
        command.tenantId = "t-2";
        command.role = "Admin";
        command.operator = true;
        command.email = "alice@acme.example";
        console.typed.addAll(List.of(PASSWORD, PASSWORD));

        command.run(out.stream, err.stream);

        assertEquals(new UserDraft("alice", PASSWORD, "alice@acme.example", TenantRole.ADMIN, true),
                tenancy.createdUser);
        assertEquals("t-2", tenancy.caller.tenantId());
        assertEquals("Added user alice (id u-42) to tenant t-2 as admin, a platform operator", out.text().strip());
    }

    @Test
    void refusesPasswordsThatDiffer() {
        console.typed.addAll(List.of(PASSWORD, PASSWORD + "!"));

        command.run(out.stream, err.stream);

        assertNull(tenancy.createdUser);
        assertEquals("The passwords do not match; no user was added", err.text().strip());
        assertEquals("", out.text());
    }

    @Test
    void refusesWhenTheConsoleEndsBeforeAPasswordIsTyped() {
        command.run(out.stream, err.stream);

        assertNull(tenancy.createdUser);
        assertEquals("No password was typed; no user was added", err.text().strip());
    }

    @Test
    void saysWhenTheConsoleCannotBeRead() {
        console.consoleFailure = new IOException("terminal closed");

        command.run(out.stream, err.stream);

        assertNull(tenancy.createdUser);
        assertEquals("Cannot read the password (terminal closed); no user was added", err.text().strip());
    }

    @Test
    void refusesAnUnknownRoleBeforeAskingForAPassword() {
        command.role = "boss";

        command.run(out.stream, err.stream);

        assertTrue(console.prompts.isEmpty());
        assertEquals("Unknown role 'boss': use owner, admin or member; no user was added", err.text().strip());
    }

    @Test
    void refusesAnUnknownTenantBeforeAskingForAPassword() {
        command.tenantId = "t-9";

        command.run(out.stream, err.stream);

        assertTrue(console.prompts.isEmpty());
        assertEquals("Refused (404 Not Found): no tenant t-9", err.text().strip());
    }

    @Test
    void printsEveryReasonTheUserIsRefused() {
        console.typed.addAll(List.of("short", "short"));
        tenancy.refusal = new ProblemException(Problem.invalid("the user was not created", List.of(
                new FieldError("username", "is taken"),
                new FieldError("password", "must have at least 12 characters"))));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Refused (422 Unprocessable Content): the user was not created",
                "  - username: is taken", "  - password: must have at least 12 characters"),
                err.text().lines().toList());
        assertEquals("", out.text());
    }
}
