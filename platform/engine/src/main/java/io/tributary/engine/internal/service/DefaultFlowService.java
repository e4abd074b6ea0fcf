package io.tributary.engine.internal.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.DailyStats;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.flow.Preview;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.engine.internal.common.HookKeys;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.FlowRepository;
import io.tributary.engine.internal.data.RunRepository.DayTotals;
import io.tributary.engine.internal.data.StoredFlow;

/** Flow definitions, checked by the definition package, stored with their tenant, scheduled while enabled. */
public class DefaultFlowService implements FlowService {

    private static final int MAX_TEST_LIMIT = 1000;
    private static final int MAX_DAYS = 90;

    private final Engine engine;
    private final FlowRepository flows;
    private final FlowAccess access;
    private final FlowCreator creator;

    public DefaultFlowService(Engine engine) {
        this.engine = engine;
        this.flows = engine.repositories().flows();
        this.access = new FlowAccess(engine.repositories(), engine.parts().workspaces());
        this.creator = new FlowCreator(engine);
    }

    @Override
    public List<Flow> flows(Caller caller, String workspaceId) {
        return flows.list(access.scope(caller, workspaceId)).stream().map(StoredFlow::toFlow).toList();
    }

    @Override
    public Flow create(Caller caller, String workspaceId, ObjectNode definition) {
        access.requireWorkspace(caller, workspaceId, WorkspaceRole.MANAGE);
        StoredFlow flow = creator.create(caller.tenantId(), workspaceId, definition);
        engine.schedules().sync(flow);
        return flow.toFlow();
    }

    @Override
    public Flow flow(Caller caller, String flowId) {
        return access.flow(caller, flowId, WorkspaceRole.MONITOR).toFlow();
    }

    @Override
    public Flow update(Caller caller, String flowId, ObjectNode definition) {
        StoredFlow existing = access.flow(caller, flowId, WorkspaceRole.MANAGE);
        ObjectNode normalized = engine.parts().definitions().validate(existing.workspaceId(), definition);
        String triggerType = FlowCreator.triggerType(engine.parts().definitions().compile(normalized));
        String hookKey = !"webhook".equals(triggerType) ? null
                : existing.hookKey() != null ? existing.hookKey() : HookKeys.next();
        return save(existing.withDefinition(normalized, triggerType, hookKey, engine.clock().instant()));
    }

    @Override
    public void delete(Caller caller, String flowId) {
        StoredFlow flow = access.flow(caller, flowId, WorkspaceRole.MANAGE);
        if (!flows.deleteIdle(flow.id())) {
            throw Problems.conflict("A run of this flow is in progress; cancel it or wait for it to end");
        }
        engine.schedules().unschedule(flow.id());
        engine.compiled().forget(flow.id());
    }

    @Override
    public Flow enable(Caller caller, String flowId, boolean enabled) {
        StoredFlow existing = access.flow(caller, flowId, WorkspaceRole.MANAGE);
        ObjectNode definition = existing.definition().deepCopy();
        definition.put("enabled", enabled);
        return save(existing.withDefinition(definition, existing.triggerType(), existing.hookKey(),
                engine.clock().instant()));
    }

    private Flow save(StoredFlow changed) {
        boolean saved = engine.repositories().database().transaction(c -> flows.update(changed),
                () -> FlowCreator.nameTaken(changed.name()));
        if (!saved) {
            throw Problems.conflict("The flow was changed or deleted meanwhile; read it again");
        }
        StoredFlow stored = flows.find(changed.id()).orElseThrow(() -> Problems.notFound("flow"));
        engine.schedules().sync(stored);
        return stored.toFlow();
    }

    @Override
    public Run start(Caller caller, String flowId, RunRequest request) {
        StoredFlow flow = access.flow(caller, flowId, WorkspaceRole.MONITOR);
        RunMode mode = request == null || request.mode() == null ? RunMode.NORMAL : request.mode();
        Integer limit = request == null ? null : request.limit();
        if (mode == RunMode.TEST) {
            limit = limit == null ? RunRequest.DEFAULT_TEST_LIMIT : limit;
            if (limit < 1 || limit > MAX_TEST_LIMIT) {
                throw Problems.invalid("limit", "must be between 1 and " + MAX_TEST_LIMIT);
            }
        } else if (limit != null) {
            throw Problems.invalid("limit", "is only for test runs");
        }
        return engine.coordinator().start(flow, mode, limit, "manual", caller.username())
                .orElseThrow(() -> Problems.conflict("A run of this flow is in progress"))
                .toRun();
    }

    @Override
    public Preview preview(Caller caller, String flowId, ArrayNode sample, int limit) {
        StoredFlow flow = access.flow(caller, flowId, WorkspaceRole.MONITOR);
        return new Previewer(engine).preview(flow, sample, limit);
    }

    @Override
    public List<DailyStats> stats(Caller caller, String flowId, int days) {
        StoredFlow flow = access.flow(caller, flowId, WorkspaceRole.MONITOR);
        if (days < 1 || days > MAX_DAYS) {
            throw Problems.invalid("days", "must be between 1 and " + MAX_DAYS);
        }
        LocalDate today = LocalDate.ofInstant(engine.clock().instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, DayTotals> totals = new HashMap<>();
        engine.repositories().runs().dailyTotals(flow.id(), first.atStartOfDay(ZoneOffset.UTC).toInstant())
                .forEach(day -> totals.put(day.day(), day));
        List<DailyStats> stats = new ArrayList<>(days);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            DayTotals t = totals.getOrDefault(day, new DayTotals(day, 0, 0, 0, 0, 0, 0));
            stats.add(new DailyStats(day, t.runs(), t.success(), t.ignored(), t.errors(), t.durationMillis(),
                    t.maxDurationMillis()));
        }
        return stats;
    }

}
