package io.tributary.engine.internal.run;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.tributary.api.connector.ConnectorException;
import io.tributary.engine.internal.definition.Settings.RetryPolicy;

/** Tries connector calls again after retryable failures, waiting as the flow's retry policy says. */
public final class Retries {

    /** Waits between tries; tests pass one that does not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One call to a connector. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws ConnectorException;
    }

    public static final Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final BooleanSupplier stopped;

    /**
     * @param stopped whether the run is stopping: then no further try is made
     */
    public Retries(RetryPolicy policy, Sleeper sleeper, BooleanSupplier stopped) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.stopped = stopped;
    }

    /** Calls until success, a failure that is not retryable, or the last attempt; throws the last failure. */
    public <T> T call(Call<T> call) throws ConnectorException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (ConnectorException e) {
                if (!e.isRetryable() || !mayTry(attempt + 1)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether try number {@code attempt} (2 for the first retry) may be made; if so, waits before it. False when
     * the policy's attempts are used up or the run stops.
     */
    public boolean mayTry(int attempt) throws ConnectorException {
        if (attempt > policy.attempts() || stopped.getAsBoolean()) {
            return false;
        }
        try {
            sleeper.sleep(policy.delayBefore(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException("interrupted while waiting to try again", false, e);
        }
        return !stopped.getAsBoolean();
    }
}
