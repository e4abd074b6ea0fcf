package io.tributary.alerts.internal;

import java.util.Arrays;
import java.util.Optional;

import io.tributary.api.flow.FlowEvents;

/** What an alert reports; {@code code} is what the alert_pending table stores. */
enum AlertKind {
    OPENED(FlowEvents.ERRORS_OPENED, "opened"),
    AUTO_RESOLVED(FlowEvents.ERRORS_AUTO_RESOLVED, "auto-resolved");

    private final String topic;
    private final String code;

    AlertKind(String topic, String code) {
        this.topic = topic;
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<AlertKind> ofTopic(String topic) {
        return Arrays.stream(values()).filter(kind -> kind.topic.equals(topic)).findFirst();
    }

    static AlertKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown alert kind '" + code + "' in alert_pending"));
    }
}
