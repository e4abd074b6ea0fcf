package io.tributary.signing;

/** A key or signature that cannot be used, with the reason in words fit for a user. */
public class KeyException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeyException(String message) {
        super(message);
    }

    public KeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
