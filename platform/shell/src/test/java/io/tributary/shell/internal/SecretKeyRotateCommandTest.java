package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class SecretKeyRotateCommandTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final FakeConnections connections = new FakeConnections();
    private final SecretKeyRotateCommand command = new SecretKeyRotateCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = identity;
        command.connections = connections;
        command.session = FakeSession.of("alice").session();
    }

    @Test
    void rotatesAsTheShellOperatorAndCountsTheSecrets() {
        connections.secretCount = 12;

        command.run(out.stream, err.stream);

        assertEquals("alice", identity.shellUser);
        assertEquals("shell:alice", connections.rotatedBy.username());
        assertEquals("A new secret key is current; re-encrypted 12 secrets with it", out.text().strip());
        assertEquals("", err.text());
    }

    @Test
    void countsASingleSecret() {
        connections.secretCount = 1;

        command.run(out.stream, err.stream);

        assertEquals("A new secret key is current; re-encrypted 1 secret with it", out.text().strip());
    }

    @Test
    void printsEveryReasonOfARefusal() {
        connections.refusal = new ProblemException(new Problem("about:blank", "Conflict", 409,
                "the secret key was not rotated", List.of(new FieldError("keyFile", "is not writable"),
                new FieldError("connections", "c-3 cannot be decrypted"))));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Refused (409 Conflict): the secret key was not rotated", "  - keyFile: is not writable",
                "  - connections: c-3 cannot be decrypted"), err.text().lines().toList());
        assertEquals("", out.text());
    }
}
