package io.tributary.tenancy.internal.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.OpenedConnection;
import io.tributary.tenancy.internal.Json;

/** Hands a connection, secrets decrypted, to its connector's test; nothing it says or logs keeps a secret. */
final class ConnectionTester {

    private final ConnectorRegistry registry;
    private final SecretCipher cipher;
    private final Function<String, System.Logger> loggers;

    ConnectionTester(ConnectorRegistry registry, SecretCipher cipher, Function<String, System.Logger> loggers) {
        this.registry = registry;
        this.cipher = cipher;
        this.loggers = loggers;
    }

    ConnectionTest test(Connection stored) {
        String connectorName = "Connector " + stored.connectorId() + " " + stored.connectorVersion();
        Optional<Connector> connector = registry.connector(stored.connectorId(), stored.connectorVersion());
        if (connector.isEmpty()) {
            return ConnectionTest.failed(connectorName + " is not installed or not active");
        }
        OpenedConnection opened;
        try {
            opened = open(stored);
        } catch (SecretException e) {
            return ConnectionTest.failed(e.getMessage());
        }
        try {
            ConnectionTest result = connector.get()
                    .test(new TestCallContext(opened.config(), Json.object(), opened.logger()));
            if (result == null) {
                return ConnectionTest.failed(connectorName + " gave no test result");
            }
            return new ConnectionTest(result.ok(), opened.redactor().apply(result.message()));
        } catch (RuntimeException e) {
            // the contract says test never throws; a connector that does still must not leak a secret
            return ConnectionTest.failed(
                    connectorName + " failed: " + opened.redactor().apply(String.valueOf(e.getMessage())));
        }
    }

    /** The connection with its secrets decrypted, and the logger and redactor that keep them out of text. */
    OpenedConnection open(Connection stored) throws SecretException {
        List<String> secretTexts = new ArrayList<>();
        ObjectNode plain = cipher.openAll(stored.config(), secretTexts::add);
        Redactor redactor = new Redactor(secretTexts);
        System.Logger logger = new RedactingLogger(loggers.apply("io.tributary.connector." + stored.connectorId()),
                redactor);
        return new OpenedConnection(stored, plain, logger, redactor::redact);
    }
}
