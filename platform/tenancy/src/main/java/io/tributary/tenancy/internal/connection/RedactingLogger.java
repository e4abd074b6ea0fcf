package io.tributary.tenancy.internal.connection;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The logger a connector gets for one call: everything it logs reaches the platform's logger with the connection's
 * secret values masked, in messages, parameters and exception messages alike.
 */
final class RedactingLogger implements System.Logger {

    private static final int MAX_CAUSES = 10;

    private final System.Logger delegate;
    private final Redactor redactor;

    RedactingLogger(System.Logger delegate, Redactor redactor) {
        this.delegate = delegate;
        this.redactor = redactor;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return delegate.isLoggable(level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        if (isLoggable(level)) {
            delegate.log(level, (ResourceBundle) null, redactor.redact(localized(bundle, message)),
                    redacted(thrown, 0));
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (!isLoggable(level)) {
            return;
        }
        String pattern = localized(bundle, format);
        // formatted here, so that a secret passed as a parameter is masked too
        String text = params == null || params.length == 0 || pattern == null ? pattern
                : MessageFormat.format(pattern, params);
        delegate.log(level, (ResourceBundle) null, redactor.redact(text), (Object[]) null);
    }

    private static String localized(ResourceBundle bundle, String message) {
        return bundle != null && message != null && bundle.containsKey(message) ? bundle.getString(message) : message;
    }

    /** A stand-in with the same type name, stack and causes, whose messages are masked. */
    private Throwable redacted(Throwable thrown, int depth) {
        if (thrown == null || depth > MAX_CAUSES) {
            return null;
        }
        RedactedException copy = new RedactedException(thrown.getClass().getName() + ": "
                + redactor.redact(String.valueOf(thrown.getMessage())), redacted(thrown.getCause(), depth + 1));
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    private static final class RedactedException extends Exception {

        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
