package io.tributary.engine.internal.schedule;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.karaf.scheduler.Job;
import org.apache.karaf.scheduler.Scheduler;
import org.apache.karaf.scheduler.SchedulerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.engine.internal.data.FlowRepository;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.run.CompiledFlows;

/**
 * Keeps Karaf's scheduler in step with the enabled schedule flows: one job per flow, named
 * {@code tributary-flow-<id>}. The scheduler may come and go; while it is away nothing fires, and when it arrives
 * every enabled schedule flow is registered.
 */
public final class FlowSchedules implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlowSchedules.class);

    private final FlowRepository flows;
    private final CompiledFlows compiled;
    private final Consumer<String> fire;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private volatile Scheduler scheduler;

    /**
     * @param fire starts a scheduled run of the flow with this id
     */
    public FlowSchedules(FlowRepository flows, CompiledFlows compiled, Consumer<String> fire) {
        this.flows = flows;
        this.compiled = compiled;
        this.fire = fire;
    }

    public static String jobName(String flowId) {
        return "tributary-flow-" + flowId;
    }

    public synchronized void schedulerArrived(Scheduler arrived) {
        scheduler = arrived;
        scheduled.clear();
        flows.listEnabled("schedule").forEach(this::sync);
    }

    public synchronized void schedulerLeft(Scheduler left) {
        if (scheduler == left) {
            scheduler = null;
            scheduled.clear();
        }
    }

    /** Registers, replaces or removes the flow's job so that it fires exactly while the flow is enabled. */
    public synchronized void sync(StoredFlow flow) {
        unschedule(flow.id());
        Scheduler current = scheduler;
        if (current == null || !flow.enabled() || !"schedule".equals(flow.triggerType())) {
            return;
        }
        String flowId = flow.id();
        try {
            String cron = compiled.of(flow).trigger().quartzCron();
            Job job = context -> fire.accept(flowId);
            current.schedule(job, current.EXPR(cron).name(jobName(flowId)).canRunConcurrently(false));
            scheduled.add(flowId);
        } catch (SchedulerError | RuntimeException e) {
            LOG.error("Flow {} cannot be scheduled: {}", flowId, e.getMessage(), e);
        }
    }

    public synchronized void unschedule(String flowId) {
        Scheduler current = scheduler;
        if (scheduled.remove(flowId) && current != null) {
            current.unschedule(jobName(flowId));
        }
    }

    @Override
    public synchronized void close() {
        Set.copyOf(scheduled).forEach(this::unschedule);
    }
}
