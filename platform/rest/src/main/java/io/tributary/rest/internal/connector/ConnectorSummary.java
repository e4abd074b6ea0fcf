package io.tributary.rest.internal.connector;

import java.util.List;
import java.util.Locale;

import io.tributary.api.plugin.ConnectorInfo;

/** One connector in the {@code GET /connectors} list. */
public record ConnectorSummary(String id, String version, String name, String state, String reason,
                               List<String> categories) {

    static ConnectorSummary of(ConnectorInfo info) {
        return new ConnectorSummary(info.id(), info.version(), info.name(),
                info.state().name().toLowerCase(Locale.ROOT), info.reason(), info.categories());
    }

    /** Unique and in list order: connector ids cannot contain '/'. */
    String sortKey() {
        return id + "/" + version;
    }
}
