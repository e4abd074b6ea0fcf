package io.tributary.rest.internal.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.DailyStats;
import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorService;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.flow.Preview;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunService;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.flow.Slice;
import io.tributary.api.flow.StepTrace;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;

/**
 * Flows, runs and errors in maps, the way the engine keeps them: a definition without a name is a 422, a webhook
 * flow gets a hook key, a started run is queued, errors retry and resolve only while open. Authorizes nothing (the
 * REST layer leaves that to the service) but records what it was asked.
 */
public final class FakeEngine implements FlowService, RunService, ErrorService {

    public final Map<String, Flow> flows = new ConcurrentHashMap<>();
    public final Map<String, Run> runs = new ConcurrentHashMap<>();
    public final Map<String, List<RecordOutcome>> outcomes = new ConcurrentHashMap<>();
    public final Map<String, RecordError> errors = new ConcurrentHashMap<>();
    public volatile Caller lastCaller;
    public volatile String lastWorkspace;
    public volatile ObjectNode lastDefinition;
    public volatile RunRequest lastRunRequest;
    public volatile RunQuery lastRunQuery;
    public volatile ErrorQuery lastErrorQuery;
    public volatile ArrayNode lastSample;
    public volatile int lastLimit;
    public volatile RecordOutcome.Outcome lastOutcome;
    public volatile ObjectNode lastEditedRecord;
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public List<Flow> flows(Caller caller, String workspaceId) {
        lastCaller = caller;
        lastWorkspace = workspaceId;
        return flows.values().stream().filter(flow -> workspaceId == null || flow.workspaceId().equals(workspaceId))
                .toList();
    }

    @Override
    public Flow create(Caller caller, String workspaceId, ObjectNode definition) {
        lastCaller = caller;
        lastWorkspace = workspaceId;
        return store("f-" + ids.incrementAndGet(), workspaceId, definition, null);
    }

    @Override
    public Flow flow(Caller caller, String flowId) {
        lastCaller = caller;
        return find(flows, flowId, "flow");
    }

    @Override
    public Flow update(Caller caller, String flowId, ObjectNode definition) {
        Flow flow = flow(caller, flowId);
        return store(flowId, flow.workspaceId(), definition, flow.hookKey());
    }

    @Override
    public void delete(Caller caller, String flowId) {
        flows.remove(flow(caller, flowId).id());
    }

    @Override
    public Flow enable(Caller caller, String flowId, boolean enabled) {
        Flow flow = flow(caller, flowId);
        ObjectNode definition = flow.definition().deepCopy().put("enabled", enabled);
        Flow changed = new Flow(flow.id(), flow.workspaceId(), flow.name(), enabled, definition, flow.hookKey(),
                flow.createdAt(), FakeIdentity.NOW.plusSeconds(60));
        flows.put(flowId, changed);
        return changed;
    }

    @Override
    public Run start(Caller caller, String flowId, RunRequest request) {
        Flow flow = flow(caller, flowId);
        lastRunRequest = request;
        return addRun(flow, RunStatus.QUEUED, caller.username(), request.mode(), request.limit());
    }

    @Override
    public Preview preview(Caller caller, String flowId, ArrayNode sample, int limit) {
        flow(caller, flowId);
        lastSample = sample;
        lastLimit = limit;
        List<JsonNode> records = new ArrayList<>();
        if (sample != null) {
            sample.forEach(data -> records.add(JsonNodeFactory.instance.objectNode().put("key", "1").set("data", data)));
        }
        return new Preview(sample == null ? "source" : "sample",
                List.of(new StepTrace("steps[0]:shape", "map", records, records, List.of())));
    }

    @Override
    public List<DailyStats> stats(Caller caller, String flowId, int days) {
        flow(caller, flowId);
        List<DailyStats> stats = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 3, 1);
        for (int back = days - 1; back >= 0; back--) {
            stats.add(new DailyStats(today.minusDays(back), back == 0 ? 2 : 0, back == 0 ? 7 : 0, 0, 0,
                    back == 0 ? 900 : 0, back == 0 ? 600 : 0));
        }
        return stats;
    }

    @Override
    public Slice<Run> runs(Caller caller, RunQuery query) {
        lastCaller = caller;
        lastRunQuery = query;
        return slice(runs.values().stream()
                .filter(run -> query.flowId() == null || run.flowId().equals(query.flowId()))
                .filter(run -> query.status() == null || run.status() == query.status())
                .sorted((a, b) -> b.id().compareTo(a.id())).toList(), query.limit(), query.cursor());
    }

    @Override
    public Run run(Caller caller, String runId) {
        lastCaller = caller;
        return find(runs, runId, "run");
    }

    @Override
    public Slice<RecordOutcome> records(Caller caller, String runId, RecordOutcome.Outcome outcome, int limit,
                                        String cursor) {
        run(caller, runId);
        lastOutcome = outcome;
        lastLimit = limit;
        return slice(outcomes.getOrDefault(runId, List.of()).stream()
                .filter(record -> outcome == null || record.outcome() == outcome).toList(), limit, cursor);
    }

    @Override
    public Run cancel(Caller caller, String runId) {
        Run run = run(caller, runId);
        if (run.status().isFinished()) {
            throw new ProblemException(Problem.of(409, "Conflict", "Run " + runId + " already finished."));
        }
        Run cancelled = new Run(run.id(), run.flowId(), run.workspaceId(), run.mode(), run.trigger(),
                RunStatus.CANCELLED, run.startedBy(), run.limit(), run.counts(), run.pages(), "cancelled by "
                + caller.username(), run.createdAt(), run.startedAt(), FakeIdentity.NOW.plusSeconds(5));
        runs.put(runId, cancelled);
        return cancelled;
    }

    @Override
    public Slice<RecordError> errors(Caller caller, ErrorQuery query) {
        lastCaller = caller;
        lastErrorQuery = query;
        Predicate<RecordError> matches = error -> (query.flowId() == null || error.flowId().equals(query.flowId()))
                && (query.runId() == null || error.runId().equals(query.runId()))
                && (query.status() == null || error.status() == query.status());
        return slice(errors.values().stream().filter(matches).sorted((a, b) -> b.id().compareTo(a.id())).toList(),
                query.limit(), query.cursor());
    }

    @Override
    public RecordError error(Caller caller, String errorId) {
        lastCaller = caller;
        return find(errors, errorId, "error");
    }

    /** An edited record fixes the error; the record as it was fails again. */
    @Override
    public RecordError retry(Caller caller, String errorId, ObjectNode editedRecord) {
        RecordError error = openError(caller, errorId);
        lastEditedRecord = editedRecord;
        ObjectNode record = editedRecord == null ? error.record() : editedRecord;
        boolean fixed = editedRecord != null;
        RecordError retried = new RecordError(error.id(), error.flowId(), error.runId(), error.workspaceId(),
                error.recordKey(), record, error.step(), fixed ? error.message() : "failed again", error.retryable(),
                error.attempts() + 1, fixed ? ErrorStatus.RESOLVED : ErrorStatus.OPEN,
                fixed ? caller.username() : null, fixed ? FakeIdentity.NOW : null, error.createdAt(),
                FakeIdentity.NOW);
        errors.put(errorId, retried);
        return retried;
    }

    @Override
    public List<RecordError> retry(Caller caller, List<String> errorIds) {
        return errorIds.stream().map(id -> retry(caller, id, null)).toList();
    }

    @Override
    public RecordError resolve(Caller caller, String errorId) {
        RecordError error = openError(caller, errorId);
        RecordError resolved = new RecordError(error.id(), error.flowId(), error.runId(), error.workspaceId(),
                error.recordKey(), error.record(), error.step(), error.message(), error.retryable(), error.attempts(),
                ErrorStatus.RESOLVED, caller.username(), FakeIdentity.NOW, error.createdAt(), FakeIdentity.NOW);
        errors.put(errorId, resolved);
        return resolved;
    }

    /** A run of a flow, as a trigger would start it. */
    public Run addRun(Flow flow, RunStatus status, String startedBy, RunMode mode, Integer limit) {
        boolean started = status != RunStatus.QUEUED;
        Run run = new Run("r-" + ids.incrementAndGet(), flow.id(), flow.workspaceId(), mode, "manual", status,
                startedBy, limit, started ? new RunCounts(10, 7, 2, 1) : RunCounts.ZERO, started ? 1 : 0, null,
                FakeIdentity.NOW, started ? FakeIdentity.NOW.plusMillis(100) : null,
                status.isFinished() ? FakeIdentity.NOW.plusMillis(1600) : null);
        runs.put(run.id(), run);
        return run;
    }

    /** An open error of a run, its record {@code {"id": <key>}}. */
    public RecordError addError(Run run, String recordKey) {
        ObjectNode record = JsonNodeFactory.instance.objectNode().put("id", recordKey);
        RecordError error = new RecordError("e-" + ids.incrementAndGet(), run.flowId(), run.id(), run.workspaceId(),
                recordKey, record, "destinations[0]:warehouse", "duplicate key", false, 1, ErrorStatus.OPEN, null,
                null, FakeIdentity.NOW, FakeIdentity.NOW);
        errors.put(error.id(), error);
        return error;
    }

    private Flow store(String id, String workspaceId, ObjectNode definition, String hookKey) {
        lastDefinition = definition;
        if (!definition.path("name").isTextual()) {
            throw new ProblemException(Problem.invalid("The flow is not valid.",
                    List.of(new FieldError("name", "is required"))));
        }
        ObjectNode accepted = definition.deepCopy();
        if (!accepted.has("enabled")) {
            accepted.put("enabled", false);
        }
        if (!accepted.has("trigger")) {
            accepted.putObject("trigger").put("type", "manual");
        }
        boolean webhook = accepted.path("trigger").path("type").asText().equals("webhook");
        String key = webhook ? (hookKey == null ? "k-" + id : hookKey) : null;
        Flow flow = new Flow(id, workspaceId, accepted.get("name").asText(), accepted.get("enabled").asBoolean(),
                accepted, key, FakeIdentity.NOW, FakeIdentity.NOW);
        flows.put(id, flow);
        return flow;
    }

    private RecordError openError(Caller caller, String errorId) {
        RecordError error = error(caller, errorId);
        if (error.status() != ErrorStatus.OPEN) {
            throw new ProblemException(Problem.of(409, "Conflict", "Error " + errorId + " is not open."));
        }
        return error;
    }

    private static <T> T find(Map<String, T> items, String id, String kind) {
        T item = items.get(id);
        if (item == null) {
            throw new ProblemException(Problem.of(404, "Not Found", "No " + kind + " " + id + "."));
        }
        return item;
    }

    /** The service's own paging: the cursor is the position of the next item. */
    private static <T> Slice<T> slice(List<T> items, int limit, String cursor) {
        int start = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(items.size(), start + limit);
        return new Slice<>(items.subList(start, end), end < items.size() ? String.valueOf(end) : null);
    }
}
