package io.tributary.connector.testkit;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link System.Logger} that keeps every message, with its parameters and exception, so tests can read them. */
public final class RecordingLogger implements System.Logger {

    private final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
        return "connector-under-test";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        messages.add(level + " " + message + (thrown == null ? "" : " " + describe(thrown)));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        String message = params == null || params.length == 0 ? format : MessageFormat.format(format, params);
        messages.add(level + " " + message);
    }

    /** Every message logged so far, formatted, oldest first. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(cause).append(' ');
        }
        return text.toString().strip();
    }
}
