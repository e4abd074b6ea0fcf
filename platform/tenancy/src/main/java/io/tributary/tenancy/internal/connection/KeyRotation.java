package io.tributary.tenancy.internal.connection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.data.ConnectionRepository;

/**
 * Makes a new key current and re-encrypts every stored secret with it in one transaction. Old keys stay in the
 * ring: an envelope that cannot be re-encrypted (its key missing here) is left as it was and reported in the log.
 */
final class KeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);

    private final Database database;
    private final ConnectionRepository connections;
    private final KeyRing keys;
    private final SecretCipher cipher;
    private final AuditLog audit;

    KeyRotation(Database database, ConnectionRepository connections, KeyRing keys, SecretCipher cipher,
            AuditLog audit) {
        this.database = database;
        this.connections = connections;
        this.keys = keys;
        this.cipher = cipher;
        this.audit = audit;
    }

    int rotate(Caller operator) {
        String keyId = keys.addCurrentKey();
        return database.transaction(c -> {
            int resealed = 0;
            for (Connection stored : connections.listAll()) {
                resealed += resealConnection(stored);
            }
            ObjectNode after = Json.object().put("currentKey", keyId).put("reencrypted", resealed);
            audit.write(operator, operator.tenantId(), null, "secret-key.rotate", "secret-key:" + keyId, null, after);
            return resealed;
        });
    }

    /** Re-encrypts the connection's envelopes in place and stores them; returns how many were re-encrypted. */
    private int resealConnection(Connection stored) {
        Tally tally = new Tally();
        Envelopes.replaceEach(stored.config(), envelope -> {
            try {
                String resealed = cipher.reseal(envelope);
                tally.resealed++;
                return TextNode.valueOf(resealed);
            } catch (SecretException e) {
                tally.kept++;
                return TextNode.valueOf(envelope);
            }
        });
        if (tally.kept > 0) {
            LOG.warn("Connection {}: {} secret(s) keep their old key; they cannot be decrypted here (a key missing"
                    + " from the ring, or an altered value)", stored.id(), tally.kept);
        }
        if (tally.resealed > 0) {
            connections.update(stored);
        }
        return tally.resealed;
    }

    private static final class Tally {
        int resealed;
        int kept;
    }
}
