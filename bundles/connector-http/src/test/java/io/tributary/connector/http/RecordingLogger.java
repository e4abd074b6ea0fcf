package io.tributary.connector.http;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what a connector logs instead of printing it, so tests can check it (e.g. for secrets). */
final class RecordingLogger implements System.Logger {

    private final List<String> messages = new CopyOnWriteArrayList<>();

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public String getName() {
        return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        messages.add(level + " " + message + (thrown == null ? "" : " " + thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        messages.add(level + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }
}
