package io.tributary.engine.internal.data;

import io.tributary.api.flow.RecordError;

/** A record_error row: the API's {@link RecordError} and the tenant it belongs to. */
public record StoredError(RecordError error, String tenantId) {
}
