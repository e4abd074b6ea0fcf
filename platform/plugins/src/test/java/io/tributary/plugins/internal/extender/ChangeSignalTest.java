package io.tributary.plugins.internal.extender;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ChangeSignalTest {

    private final ChangeSignal signal = new ChangeSignal();

    @Test
    void waiterWakesOnAChangeFromAnotherThread() throws Exception {
        long seen = signal.generation();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> await(seen, 10));

        signal.signal();

        assertTrue(waiter.get(10, TimeUnit.SECONDS));
    }

    @Test
    void changeBeforeTheWaitIsNotLost() {
        long seen = signal.generation();
        signal.signal();

        assertTrue(await(seen, 0));
    }

    @Test
    void waitWithoutChangeEndsAtTheDeadline() {
        assertFalse(await(signal.generation(), 0));
    }

    private boolean await(long seen, int seconds) {
        try {
            return signal.awaitChangeAfter(seen, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
