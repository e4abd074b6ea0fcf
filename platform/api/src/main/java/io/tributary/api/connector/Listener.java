package io.tributary.api.connector;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A listener operation: turns a request pushed to the platform (a webhook call) into records. The platform receives
 * the request, hands it here, and persists the records before answering the caller.
 */
@ConsumerType
public interface Listener {

    /**
     * Checks and converts one inbound request.
     *
     * @return the records the request carries; empty when it carries none (e.g. a ping)
     * @throws ConnectorException with {@code retryable == false} when the request is refused (bad signature,
     *                            unreadable body); the platform answers the caller with a 4xx
     */
    List<Record> receive(InboundRequest request) throws ConnectorException;
}
