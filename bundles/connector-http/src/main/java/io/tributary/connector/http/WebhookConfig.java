package io.tributary.connector.http;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/**
 * The configuration of the {@code webhook} listener operation. The signing secret belongs to the connection, which
 * the platform encrypts and masks; the operation config sits in plain text in the flow definition.
 *
 * @param signature the expected signature; empty when requests are not signed
 * @param reader    finds the records of a request body
 */
record WebhookConfig(Optional<WebhookSignature> signature, RecordReader reader) {

    static final String DEFAULT_SIGNATURE_HEADER = "X-Signature-256";

    static WebhookConfig from(ObjectNode connection, ObjectNode config) throws ConnectorException {
        String header = Json.text(config, "signatureHeader", DEFAULT_SIGNATURE_HEADER);
        Optional<WebhookSignature> signature = Optional.ofNullable(Json.text(connection, "webhookSecret", null))
                .map(secret -> new WebhookSignature(secret, header));
        RecordReader reader = RecordReader.forWebhook(Json.pointer(config, "recordsPointer", "config"),
                Json.text(config, "keyField", null));
        return new WebhookConfig(signature, reader);
    }
}
