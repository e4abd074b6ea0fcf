package io.tributary.alerts.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Checks for due digests every {@code interval} on one thread of its own, until closed. */
final class DigestTimer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService executor;

    DigestTimer(DigestSender sender, Duration interval, System.Logger log) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tributary-alert-digests");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> check(sender, log), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** An exception escaping a scheduled task would cancel every later check. */
    private static void check(DigestSender sender, System.Logger log) {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Alert digests not checked, trying again at the next check: {0}", e.getMessage());
        }
    }

    /** Stops checking; waits for a check in progress (bounded by the SMTP timeouts) to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
