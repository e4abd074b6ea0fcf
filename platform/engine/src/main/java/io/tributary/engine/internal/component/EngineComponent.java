package io.tributary.engine.internal.component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import org.apache.karaf.scheduler.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.OpenedConnection;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.engine.internal.definition.FlowValidator;
import io.tributary.engine.internal.run.ErrorEvents;
import io.tributary.engine.internal.run.Retries;
import io.tributary.engine.internal.service.Engine;
import io.tributary.engine.internal.service.EngineSettings;
import io.tributary.store.jdbc.Database;

/**
 * The flow engine of this node, shared by the service components. Activation resumes what a previous start left
 * (runs, queued runs, webhook events); deactivation halts the runs without ending them, so they resume at the next
 * activation. Karaf's scheduler and EventAdmin (through {@link EventAdminBridge}) are used while they are there.
 */
@Component(service = EngineComponent.class, immediate = true, configurationPid = EngineConfig.PID)
@Designate(ocd = EngineConfig.class)
public class EngineComponent {

    private final Engine engine;

    @Activate
    public EngineComponent(@Reference Store store, @Reference ConnectorRegistry registry,
            @Reference ConnectionService connections, @Reference TenancyService tenancy, EngineConfig config) {
        FlowValidator validator = new FlowValidator(registry,
                id -> connections.open(id).map(OpenedConnection::connection));
        Engine.Parts parts = new Engine.Parts(new Database(store.dataSource()), Clock.systemUTC(),
                Retries.THREAD_SLEEP, registry, connections::open, tenancy::workspace,
                new ValidatedDefinitions(validator));
        engine = new Engine(parts, settings(config)).start();
    }

    private static EngineSettings settings(EngineConfig config) {
        Duration heartbeat = Duration.ofSeconds(config.heartbeatSeconds());
        return new EngineSettings(nodeId(config.nodeId()), config.workerThreads(), config.transformThreads(),
                heartbeat, heartbeat.multipliedBy(config.staleHeartbeats()), config.maxWebhookBacklog());
    }

    private static String nodeId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "tributary";
        }
    }

    public Engine engine() {
        return engine;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScheduler(Scheduler scheduler) {
        engine.schedules().schedulerArrived(scheduler);
    }

    void unbindScheduler(Scheduler scheduler) {
        engine.schedules().schedulerLeft(scheduler);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEvents(ErrorEvents events) {
        engine.events(events);
    }

    void unbindEvents(ErrorEvents events) {
        engine.events(ErrorEvents.NONE);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }
}
