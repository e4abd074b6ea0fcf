package io.tributary.api.connector;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request pushed to a listener.
 *
 * @param method  the HTTP method
 * @param headers the headers as received
 * @param body    the raw body, exactly as received (signatures are computed over these bytes)
 */
public record InboundRequest(String method, Map<String, List<String>> headers, byte[] body) {

    public InboundRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header, matched without regard to case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst();
    }
}
