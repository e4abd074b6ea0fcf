package io.tributary.api.tenancy;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.tributary.api.connector.ConnectionTest;

/**
 * Connections of workspaces, validated against their connector's connection schema, with secret fields encrypted
 * at rest (AES-GCM, the key outside the database) and masked in everything returned.
 */
@ProviderType
public interface ConnectionService {

    /** The value that stands in for a secret in everything returned. */
    String MASK = "********";

    /**
     * The connections of a workspace (404 when the caller does not see it), or with a null workspaceId those of
     * every workspace of the caller's tenant that they see.
     */
    List<Connection> connections(Caller caller, String workspaceId);

    Connection create(Caller caller, ConnectionDraft draft);

    Connection connection(Caller caller, String connectionId);

    Connection update(Caller caller, String connectionId, ConnectionDraft draft);

    void delete(Caller caller, String connectionId);

    /**
     * For the platform's own use, never on behalf of a caller: the connection with its secrets decrypted, to run
     * flows with. Empty when no such connection exists.
     *
     * @since 1.1
     */
    Optional<OpenedConnection> open(String connectionId);

    /** Tests the connection with its connector, secrets decrypted for the connector only. */
    ConnectionTest test(Caller caller, String connectionId);

    /**
     * Operators only: makes a new secret key current and re-encrypts every stored secret with it; older keys are
     * kept so that nothing already written becomes unreadable.
     *
     * @return the number of secrets re-encrypted
     */
    int rotateSecretKey(Caller caller);
}
