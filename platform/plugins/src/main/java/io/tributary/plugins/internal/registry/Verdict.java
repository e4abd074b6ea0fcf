package io.tributary.plugins.internal.registry;

import io.tributary.api.plugin.ConnectorState;

/**
 * A connector bundle's state and, unless active, the reason in words.
 *
 * @param state  active, installed (waiting) or rejected
 * @param reason why it is not active; null when it is
 */
public record Verdict(ConnectorState state, String reason) {

    static Verdict active() {
        return new Verdict(ConnectorState.ACTIVE, null);
    }

    static Verdict waiting(String reason) {
        return new Verdict(ConnectorState.INSTALLED, reason);
    }

    static Verdict rejected(String reason) {
        return new Verdict(ConnectorState.REJECTED, reason);
    }

    boolean isRejected() {
        return state == ConnectorState.REJECTED;
    }
}
