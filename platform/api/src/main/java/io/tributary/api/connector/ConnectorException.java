package io.tributary.api.connector;

/**
 * A call to a connector failed as a whole. Retryable failures (a timeout, HTTP 429 or 503, a deadlock) are tried
 * again by the platform with backoff; the others are reported at once.
 */
public class ConnectorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public ConnectorException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ConnectorException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
