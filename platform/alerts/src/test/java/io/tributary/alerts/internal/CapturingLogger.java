package io.tributary.alerts.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A logger that keeps every line as {@code LEVEL message}, formatted as the platform's logger would. */
final class CapturingLogger implements System.Logger {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
        return "io.tributary.alerts.test";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        lines.add(level + " " + message + (thrown == null ? "" : " | " + thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(level + " " + (params == null ? format : MessageFormat.format(format, params)));
    }

    List<String> at(Level level) {
        return lines.stream().filter(line -> line.startsWith(level + " ")).toList();
    }
}
