package io.tributary.plugins.internal.extender;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.plugins.internal.registry.ConnectorTable;

/**
 * Logs each connector's state when it changes: WARN with the reason when one is rejected. Runs on its own thread,
 * so tracker callbacks inside the framework's event delivery only schedule the work; bursts of events coalesce.
 */
final class StateLog {

    private static final Logger LOG = LoggerFactory.getLogger(StateLog.class);

    private final Supplier<ConnectorTable> table;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tributary-connector-states");
        thread.setDaemon(true);
        // never inherit a caller's context class loader: it may be a connector's, kept alive by this thread
        thread.setContextClassLoader(StateLog.class.getClassLoader());
        return thread;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Map<Long, String> lastLogged = new HashMap<>();

    StateLog(Supplier<ConnectorTable> table) {
        this.table = table;
    }

    void changed() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::logChanges);
            } catch (RejectedExecutionException e) {
                // closing: the last changes are not worth a log line
            }
        }
    }

    void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void logChanges() {
        scheduled.set(false);
        try {
            Map<Long, String> now = new HashMap<>();
            for (ConnectorInfo info : table.get().list()) {
                String state = info.state() + (info.reason() == null ? "" : ": " + info.reason());
                now.put(info.bundleId(), state);
                if (!Objects.equals(lastLogged.get(info.bundleId()), state)) {
                    log(info);
                }
            }
            lastLogged.keySet().retainAll(now.keySet());
            lastLogged.putAll(now);
        } catch (RuntimeException e) {
            LOG.warn("Cannot report connector states: {}", e.toString());
        }
    }

    private static void log(ConnectorInfo info) {
        if (info.state() == ConnectorState.REJECTED) {
            LOG.warn("Connector {} {} (bundle {}) rejected: {}", info.id(), info.version(), info.bundleId(),
                    info.reason());
        } else if (info.state() == ConnectorState.ACTIVE) {
            LOG.info("Connector {} {} (bundle {}) active", info.id(), info.version(), info.bundleId());
        } else {
            // passing states while bundles start and stop: only worth a line when debugging
            LOG.debug("Connector {} {} (bundle {}) installed, {}", info.id(), info.version(), info.bundleId(),
                    info.reason());
        }
    }
}
