package io.tributary.connector.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that only notes how long it was asked to wait, and can run an action then (e.g. cancel). */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();
    private Runnable onSleep = () -> { };

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        onSleep.run();
    }

    RecordingSleeper onSleep(Runnable action) {
        this.onSleep = action;
        return this;
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
