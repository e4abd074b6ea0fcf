package io.tributary.plugins.internal.extender;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts changes seen by the trackers and lets a thread wait for the next one. Nothing is computed under the lock,
 * so a tracker callback signalling from inside the framework's event delivery never waits for registry work.
 */
final class ChangeSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;

    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    void signal() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a change after generation {@code seen}, or until {@code deadlineNanos} of {@link System#nanoTime}.
     *
     * @return whether a change came before the deadline
     */
    boolean awaitChangeAfter(long seen, long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            long left = deadlineNanos - System.nanoTime();
            while (generation == seen && left > 0) {
                left = changed.awaitNanos(left);
            }
            return generation != seen;
        } finally {
            lock.unlock();
        }
    }
}
