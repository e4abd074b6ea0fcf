package io.tributary.tenancy.internal.connection;

/** A secret could not be encrypted or decrypted; the message names at most a key id, never a value. */
public final class SecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
