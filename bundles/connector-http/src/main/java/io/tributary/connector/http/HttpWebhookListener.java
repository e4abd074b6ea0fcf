package io.tributary.connector.http;

import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.InboundRequest;
import io.tributary.api.connector.Listener;
import io.tributary.api.connector.Record;

/**
 * The {@code webhook} operation: checks the signature over the raw body when the connection has a webhook secret,
 * then reads one record (a JSON object) or many (an array, or the array at {@code recordsPointer}). An empty body is
 * a ping and carries no records.
 */
final class HttpWebhookListener implements Listener {

    private final WebhookConfig config;

    HttpWebhookListener(WebhookConfig config) {
        this.config = config;
    }

    @Override
    public List<Record> receive(InboundRequest request) throws ConnectorException {
        if (config.signature().isPresent()) {
            config.signature().get().verify(request);
        }
        return config.reader().read(Json.parse(request.body(), "the webhook body"));
    }
}
