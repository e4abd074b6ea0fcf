package io.tributary.engine.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@value #PID} ({@code etc/io.tributary.engine.cfg}); every setting has a sensible default. */
@ObjectClassDefinition(name = "Tributary flow engine", description = "How this node runs flows")
public @interface EngineConfig {

    String PID = "io.tributary.engine";

    @AttributeDefinition(name = "Node id", required = false,
            description = "Names this node in the runs it executes; empty means the host name. Nodes sharing a"
                    + " database need different ids; a restarted node with the same id resumes its runs at once")
    String nodeId() default "";

    @AttributeDefinition(name = "Worker threads", min = "1",
            description = "Runs executed at once on this node; further runs wait for a thread")
    int workerThreads() default 4;

    @AttributeDefinition(name = "Transform threads", min = "1",
            description = "Pages transformed at once on this node, across all runs")
    int transformThreads() default 4;

    @AttributeDefinition(name = "Heartbeat (seconds)", min = "1",
            description = "How often this node heartbeats its runs and looks for runs of stopped nodes")
    int heartbeatSeconds() default 5;

    @AttributeDefinition(name = "Stale heartbeats", min = "2",
            description = "Heartbeats a node may miss before another node takes its runs over")
    int staleHeartbeats() default 3;

    @AttributeDefinition(name = "Webhook backlog", min = "1",
            description = "Waiting webhook events of one flow beyond which new ones are refused with 429")
    int maxWebhookBacklog() default 100_000;
}
