package io.tributary.alerts.internal;

import java.time.Instant;

/** A recorded alert waiting for its flow's next digest. */
record PendingAlert(long id, Instant createdAt, FlowAlert alert) {
}
