package io.tributary.marketplace.internal.catalog;

import io.tributary.api.marketplace.Publisher;

/**
 * A publisher as stored: with the user who registered it, the one (besides operators) who publishes as it.
 *
 * @param ownerUserId the registrant's user id
 */
record StoredPublisher(Publisher publisher, String ownerUserId) {

    String id() {
        return publisher.id();
    }
}
