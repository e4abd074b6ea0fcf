package io.tributary.api.flow;

/**
 * Topics and properties of the OSGi events the engine posts (EventAdmin, asynchronously) when errors open and
 * resolve; the alerts service turns them into digests for the flow's subscribers.
 */
public final class FlowEvents {

    /** A run (or a retry) left new open errors. */
    public static final String ERRORS_OPENED = "io/tributary/flow/ERRORS_OPENED";

    /** Open errors were auto-resolved by a later success of the same record keys. */
    public static final String ERRORS_AUTO_RESOLVED = "io/tributary/flow/ERRORS_AUTO_RESOLVED";

    /** String: the flow's id. */
    public static final String FLOW_ID = "flowId";
    /** String: the flow's name. */
    public static final String FLOW_NAME = "flowName";
    /** String: the flow's workspace id. */
    public static final String WORKSPACE_ID = "workspaceId";
    /** String[]: e-mail addresses of the flow's {@code alerts.subscribers}; may be empty. */
    public static final String SUBSCRIBERS = "subscribers";
    /** String: the run the errors opened or resolved in. */
    public static final String RUN_ID = "runId";
    /** Integer: how many errors. */
    public static final String COUNT = "count";
    /** String[]: up to 20 lines, one per error, {@code key: step: message}; never a secret or record data. */
    public static final String SAMPLES = "samples";

    private FlowEvents() {
    }
}
