package io.tributary.connector.http;

import java.time.Duration;

/** Waits between retries; tests replace it so that they never really wait. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
