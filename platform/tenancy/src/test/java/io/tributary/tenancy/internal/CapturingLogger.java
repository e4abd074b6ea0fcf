package io.tributary.tenancy.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A platform logger that keeps every line, with the messages of logged exceptions and their causes. */
public final class CapturingLogger implements System.Logger {

    public final List<String> lines = new CopyOnWriteArrayList<>();
    private final String name;

    public CapturingLogger(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        StringBuilder line = new StringBuilder(level + " " + message);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getMessage());
        }
        lines.add(line.toString());
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(level + " " + (params == null ? format : MessageFormat.format(format, params)));
    }
}
