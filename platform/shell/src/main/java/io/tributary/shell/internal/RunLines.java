package io.tributary.shell.internal;

import java.time.Duration;
import java.util.Locale;

import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;

/** How the commands write a run: in words, for a line or a table cell. */
final class RunLines {

    private RunLines() {
    }

    /** E.g. {@code Run r-7 of flow f-1 (test, up to 5 records, manual): queued}. */
    static String started(Run run) {
        String mode = run.limit() == null ? run.mode().jsonName()
                : run.mode().jsonName() + ", up to " + run.limit() + " records";
        return "Run " + run.id() + " of flow " + run.flowId() + " (" + mode + ", " + run.trigger() + "): "
                + run.status().jsonName();
    }

    /** E.g. {@code Run r-7 partial in 1.5 s: read 10, success 7, ignored 2, errors 1}. */
    static String finished(Run run) {
        RunCounts counts = run.counts();
        return "Run " + run.id() + " " + run.status().jsonName() + " in " + duration(run) + ": read " + counts.read()
                + ", success " + counts.success() + ", ignored " + counts.ignored() + ", errors " + counts.errors();
    }

    /** From start to end, e.g. {@code 1.5 s}; {@code -} until the run has ended, or when it never started. */
    static String duration(Run run) {
        if (run.startedAt() == null || run.endedAt() == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f s", Duration.between(run.startedAt(), run.endedAt()).toMillis() / 1000.0);
    }
}
