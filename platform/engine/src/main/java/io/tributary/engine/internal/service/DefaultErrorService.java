package io.tributary.engine.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorService;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.Slice;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.ErrorRepository;
import io.tributary.engine.internal.data.Keyset;
import io.tributary.engine.internal.data.Scope;
import io.tributary.engine.internal.data.StoredError;
import io.tributary.engine.internal.data.StoredFlow;

/** The error queue: listing, retrying (with an edited record), resolving by hand. */
public class DefaultErrorService implements ErrorService {

    private static final int MAX_BULK = 1000;

    private final Engine engine;
    private final ErrorRepository errors;
    private final FlowAccess access;
    private final ErrorRetrier retrier;

    public DefaultErrorService(Engine engine) {
        this.engine = engine;
        this.errors = engine.repositories().errors();
        this.access = new FlowAccess(engine.repositories(), engine.parts().workspaces());
        this.retrier = new ErrorRetrier(engine);
    }

    @Override
    public Slice<RecordError> errors(Caller caller, ErrorQuery query) {
        Listings.checkLimit(query.limit());
        Keyset after = Keyset.decode(query.cursor());
        Scope scope = access.scope(caller, query.workspaceId());
        if (query.flowId() != null) {
            access.flow(caller, query.flowId(), WorkspaceRole.MONITOR);
        }
        if (query.runId() != null) {
            access.run(caller, query.runId(), WorkspaceRole.MONITOR);
        }
        List<StoredError> fetched = errors.list(scope, query.flowId(), query.runId(), query.status(), after,
                query.limit() + 1);
        return Listings.slice(fetched, query.limit(),
                stored -> new Keyset(stored.error().createdAt(), stored.error().id()), StoredError::error);
    }

    @Override
    public RecordError error(Caller caller, String errorId) {
        return find(caller, errorId).error();
    }

    private StoredError find(Caller caller, String errorId) {
        StoredError stored = (errorId == null ? null : errors.find(errorId).orElse(null));
        if (stored == null) {
            throw Problems.notFound("error");
        }
        FlowAccess.require(caller, stored.tenantId(), stored.error().workspaceId(), WorkspaceRole.MONITOR, "error");
        return stored;
    }

    private RecordError findOpen(Caller caller, String errorId) {
        RecordError error = find(caller, errorId).error();
        if (error.status() != ErrorStatus.OPEN) {
            throw Problems.conflict("Error " + errorId + " is " + error.status().jsonName() + ", not open");
        }
        return error;
    }

    @Override
    public RecordError retry(Caller caller, String errorId, ObjectNode editedRecord) {
        RecordError error = findOpen(caller, errorId);
        if (editedRecord != null) {
            errors.replaceRecord(error.id(), Json.write(editedRecord), engine.clock().instant());
            error = findOpen(caller, errorId);
        }
        return retryOpen(caller, List.of(error)).get(0);
    }

    @Override
    public List<RecordError> retry(Caller caller, List<String> errorIds) {
        if (errorIds == null || errorIds.isEmpty() || errorIds.size() > MAX_BULK) {
            throw Problems.invalid("ids", "must name 1 to " + MAX_BULK + " errors");
        }
        List<RecordError> open = new ArrayList<>();
        for (String id : new LinkedHashSet<>(errorIds)) {
            open.add(findOpen(caller, id));
        }
        return retryOpen(caller, open);
    }

    /** One retry run per flow, the errors returned in the order asked. */
    private List<RecordError> retryOpen(Caller caller, List<RecordError> open) {
        Map<String, List<RecordError>> byFlow = new LinkedHashMap<>();
        open.forEach(error -> byFlow.computeIfAbsent(error.flowId(), id -> new ArrayList<>()).add(error));
        Map<String, RecordError> retried = new LinkedHashMap<>();
        byFlow.forEach((flowId, flowErrors) -> {
            StoredFlow flow = access.flow(caller, flowId, WorkspaceRole.MONITOR);
            retrier.retry(caller, flow, flowErrors).forEach(error -> retried.put(error.id(), error));
        });
        return open.stream().map(error -> retried.get(error.id())).toList();
    }

    @Override
    public RecordError resolve(Caller caller, String errorId) {
        RecordError error = findOpen(caller, errorId);
        if (errors.resolve(List.of(error.id()), ErrorStatus.RESOLVED, caller.username(),
                engine.clock().instant()) == 0) {
            throw Problems.conflict("Error " + errorId + " is no longer open");
        }
        return find(caller, errorId).error();
    }
}
