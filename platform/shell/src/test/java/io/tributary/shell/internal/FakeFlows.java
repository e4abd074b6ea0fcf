package io.tributary.shell.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;

/**
 * Given flows, runs (newest first) and errors (newest first), filtered as the engine filters them; a started run
 * is queued and each later look at it takes the next state from {@link #progress}. Records the last call.
 */
final class FakeFlows implements FlowService, RunService, ErrorService {

    static final Instant STARTED = Instant.parse("2026-11-22T10:15:30Z");

    final List<Flow> flows = new ArrayList<>();
    final List<Run> runs = new ArrayList<>();
    final List<RecordError> errors = new ArrayList<>();
    final Deque<Run> progress = new ArrayDeque<>();
    Caller caller;
    String listedWorkspace;
    RunRequest started;
    RunQuery runQuery;
    ErrorQuery errorQuery;
    int looks;
    ProblemException refusal;

    static Flow flow(String id, String name, String workspaceId, boolean enabled, String trigger) {
        ObjectNode definition = JsonNodeFactory.instance.objectNode().put("name", name).put("enabled", enabled);
        definition.putObject("trigger").put("type", trigger);
        return new Flow(id, workspaceId, name, enabled, definition, null, STARTED, STARTED);
    }

    /** A run started at {@link #STARTED}; a finished one took 1.5 s. */
    static Run run(String id, String flowId, RunStatus status, RunCounts counts, String message) {
        return new Run(id, flowId, "w-1", RunMode.NORMAL, "manual", status, "shell:karaf", null, counts, 1, message,
                STARTED, STARTED, status.isFinished() ? STARTED.plusMillis(1500) : null);
    }

    static RecordError error(String id, String flowId, String runId, String key, ErrorStatus status, String message) {
        return new RecordError(id, flowId, runId, "w-1", key, JsonNodeFactory.instance.objectNode().put("id", key),
                "destinations[0]:copy", message, false, 2, status, null, null, STARTED, STARTED);
    }

    @Override
    public List<Flow> flows(Caller caller, String workspaceId) {
        called(caller);
        listedWorkspace = workspaceId;
        return flows.stream().filter(flow -> workspaceId == null || flow.workspaceId().equals(workspaceId)).toList();
    }

    @Override
    public Run start(Caller caller, String flowId, RunRequest request) {
        called(caller);
        started = request;
        return new Run("r-9", flowId, "w-1", request.mode(), "manual", RunStatus.QUEUED, caller.username(),
                request.limit(), RunCounts.ZERO, 0, null, STARTED, null, null);
    }

    @Override
    public Run run(Caller caller, String runId) {
        called(caller);
        looks++;
        return progress.size() > 1 ? progress.poll() : progress.peek();
    }

    @Override
    public Slice<Run> runs(Caller caller, RunQuery query) {
        called(caller);
        runQuery = query;
        return slice(runs.stream().filter(run -> query.flowId() == null || run.flowId().equals(query.flowId()))
                .filter(run -> query.status() == null || run.status() == query.status()).toList(), query.limit());
    }

    @Override
    public Slice<RecordError> errors(Caller caller, ErrorQuery query) {
        called(caller);
        errorQuery = query;
        return slice(errors.stream().filter(error -> query.flowId() == null || error.flowId().equals(query.flowId()))
                .filter(error -> query.runId() == null || error.runId().equals(query.runId()))
                .filter(error -> query.status() == null || error.status() == query.status()).toList(), query.limit());
    }

    private void called(Caller caller) {
        this.caller = caller;
        if (refusal != null) {
            throw refusal;
        }
    }

    private static <T> Slice<T> slice(List<T> items, int limit) {
        return new Slice<>(items.subList(0, Math.min(limit, items.size())), items.size() > limit ? "more" : null);
    }

    @Override
    public Flow create(Caller caller, String workspaceId, ObjectNode definition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Flow flow(Caller caller, String flowId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Flow update(Caller caller, String flowId, ObjectNode definition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(Caller caller, String flowId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Flow enable(Caller caller, String flowId, boolean enabled) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Preview preview(Caller caller, String flowId, ArrayNode sample, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DailyStats> stats(Caller caller, String flowId, int days) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Slice<RecordOutcome> records(Caller caller, String runId, RecordOutcome.Outcome outcome, int limit,
                                        String cursor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Run cancel(Caller caller, String runId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RecordError error(Caller caller, String errorId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RecordError retry(Caller caller, String errorId, ObjectNode editedRecord) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<RecordError> retry(Caller caller, List<String> errorIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RecordError resolve(Caller caller, String errorId) {
        throw new UnsupportedOperationException();
    }
}
