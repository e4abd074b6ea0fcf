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
        List<String> secretTexts = new ArrayList<>();
        ObjectNode plain;
        try {
            plain = cipher.openAll(stored.config(), secretTexts::add);
        } catch (SecretException e) {
            return ConnectionTest.failed(e.getMessage());
        }
        Redactor redactor = new Redactor(secretTexts);
        System.Logger logger = new RedactingLogger(loggers.apply("io.tributary.connector." + stored.connectorId()),
                redactor);
        try {
            ConnectionTest result = connector.get().test(new TestCallContext(plain, Json.object(), logger));
            if (result == null) {
                return ConnectionTest.failed(connectorName + " gave no test result");
            }
            return new ConnectionTest(result.ok(), redactor.redact(result.message()));
        } catch (RuntimeException e) {
            // the contract says test never throws; a connector that does still must not leak a secret
            return ConnectionTest.failed(connectorName + " failed: " + redactor.redact(String.valueOf(e.getMessage())));
        }
    }
}
