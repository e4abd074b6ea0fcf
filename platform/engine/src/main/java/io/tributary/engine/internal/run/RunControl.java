package io.tributary.engine.internal.run;

/**
 * Stops one run: a user cancelled it (it ends CANCELLED after the page in flight), or the engine is stopping (it
 * ends nowhere: the row stays RUNNING and the run resumes at the next start).
 */
public final class RunControl {

    private final String runId;
    private volatile String cancelledBy;
    private volatile boolean halted;

    public RunControl(String runId) {
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }

    public void cancel(String by) {
        cancelledBy = by;
    }

    public void halt() {
        halted = true;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public boolean isHalted() {
        return halted;
    }

    public boolean shouldStop() {
        return halted || cancelledBy != null;
    }
}
