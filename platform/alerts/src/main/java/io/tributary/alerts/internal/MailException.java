package io.tributary.alerts.internal;

/** Mail was not delivered. The message is safe to log: it never carries a password. */
final class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean connectionFailed;

    /** {@code connectionFailed}: the server could not be reached or refused the sign-in, so no mail can go now. */
    MailException(String message, boolean connectionFailed) {
        super(message);
        this.connectionFailed = connectionFailed;
    }

    boolean connectionFailed() {
        return connectionFailed;
    }
}
