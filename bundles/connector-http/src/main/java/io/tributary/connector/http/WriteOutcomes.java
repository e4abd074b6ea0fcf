package io.tributary.connector.http;

import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

/** What an HTTP status means for one written record. */
final class WriteOutcomes {

    private WriteOutcomes() {
    }

    /**
     * @param detail the start of the answer's body, prefixed with ": ", or empty
     */
    static WriteResult of(String key, WriteMode mode, int status, String detail) {
        if (HttpFailures.isSuccess(status)) {
            return WriteResult.ok(key);
        }
        if (status == 404 && mode == WriteMode.UPDATE) {
            return WriteResult.ignored(key, "no record with this key to update (HTTP 404)");
        }
        if (status == 409 && mode == WriteMode.INSERT) {
            return WriteResult.error(key, "a record with this key already exists (HTTP 409)" + detail, false);
        }
        return WriteResult.error(key, "HTTP " + status + detail, HttpFailures.isRetryable(status));
    }
}
