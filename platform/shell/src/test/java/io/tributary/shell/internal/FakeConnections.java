package io.tributary.shell.internal;

import java.util.List;
import java.util.Optional;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.OpenedConnection;

/** Rotates the secret key for a given number of secrets, or refuses; records who asked. */
final class FakeConnections implements ConnectionService {

    int secretCount;
    Caller rotatedBy;
    ProblemException refusal;

    @Override
    public Optional<OpenedConnection> open(String connectionId) {
        throw new UnsupportedOperationException("the shell never opens connections");
    }

    @Override
    public int rotateSecretKey(Caller caller) {
        if (refusal != null) {
            throw refusal;
        }
        rotatedBy = caller;
        return secretCount;
    }

    @Override
    public List<Connection> connections(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Connection create(Caller caller, ConnectionDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Connection connection(Caller caller, String connectionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Connection update(Caller caller, String connectionId, ConnectionDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(Caller caller, String connectionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ConnectionTest test(Caller caller, String connectionId) {
        throw new UnsupportedOperationException();
    }
}
