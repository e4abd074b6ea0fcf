package io.tributary.api.flow;

import org.osgi.annotation.versioning.ProviderType;

import io.tributary.api.connector.InboundRequest;

/** Inbound webhooks of flows, at {@code /hooks/{key}}, open to callers without a token. */
@ProviderType
public interface HookService {

    /** The largest body accepted, in bytes; larger requests get a 413. */
    int MAX_BODY_BYTES = 1 << 20;

    /**
     * Checks the request (through the flow's listener connector when it has one, which may verify a signature),
     * turns it into records and persists them; only then returns. The flow's run picks them up in the background.
     * 404 for an unknown key, 409 for the key of a disabled flow, 4xx with the connector's reason for a refused
     * request.
     *
     * @return how many records were accepted
     */
    HookReceipt receive(String key, InboundRequest request);

    /**
     * @param eventId the persisted event's id
     * @param records how many records it carries
     */
    record HookReceipt(String eventId, int records) {
    }
}
