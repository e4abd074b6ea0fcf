package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class UserUnlockCommandTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final UserUnlockCommand command = new UserUnlockCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = identity;
        command.session = FakeSession.of("karaf").session();
        command.username = "alice";
    }

    @Test
    void unlocksTheUserAsTheShellOperator() {
        command.run(out.stream, err.stream);

        assertEquals("alice", identity.unlockedUser);
        assertEquals("shell:karaf", identity.unlockedBy.username());
        assertEquals("Unlocked alice: their failed sign-ins are forgotten", out.text().strip());
        assertEquals("", err.text());
    }

    @Test
    void printsTheProblemForAnUnknownUser() {
        identity.refusal = new ProblemException(Problem.of(404, "Not Found", "No such user"));

        command.run(out.stream, err.stream);

        assertNull(identity.unlockedUser);
        assertEquals("", out.text());
        assertEquals("Refused (404 Not Found): No such user", err.text().strip());
    }
}
