package io.tributary.engine.internal.service;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunService;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.flow.Slice;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.Keyset;
import io.tributary.engine.internal.data.PageOutcomes;
import io.tributary.engine.internal.data.PageRepository.StoredPage;
import io.tributary.engine.internal.data.Scope;
import io.tributary.engine.internal.data.StoredRun;

/** Run history, every record's outcome, and cancellation. */
public class DefaultRunService implements RunService {

    /** Pages read from the store at a time while collecting outcomes. */
    private static final int PAGES_AT_ONCE = 8;

    private final Engine engine;
    private final FlowAccess access;

    public DefaultRunService(Engine engine) {
        this.engine = engine;
        this.access = new FlowAccess(engine.repositories(), engine.parts().workspaces());
    }

    @Override
    public Slice<Run> runs(Caller caller, RunQuery query) {
        Listings.checkLimit(query.limit());
        Keyset after = Keyset.decode(query.cursor());
        Scope scope = access.scope(caller, query.workspaceId());
        if (query.flowId() != null) {
            access.flow(caller, query.flowId(), WorkspaceRole.MONITOR);
        }
        List<StoredRun> fetched = engine.repositories().runs().list(scope, query.flowId(), query.status(), after,
                query.limit() + 1);
        return Listings.slice(fetched, query.limit(), run -> new Keyset(run.createdAt(), run.id()),
                StoredRun::toRun);
    }

    @Override
    public Run run(Caller caller, String runId) {
        return find(caller, runId).toRun();
    }

    private StoredRun find(Caller caller, String runId) {
        return access.run(caller, runId, WorkspaceRole.MONITOR);
    }

    @Override
    public Slice<RecordOutcome> records(Caller caller, String runId, RecordOutcome.Outcome outcome, int limit,
            String cursor) {
        Listings.checkLimit(limit);
        OutcomeCursor from = OutcomeCursor.decode(cursor);
        StoredRun run = find(caller, runId);
        List<RecordOutcome> found = new ArrayList<>();
        long seq = from.page();
        while (true) {
            List<StoredPage> pages = engine.repositories().pages().list(run.id(), seq, outcome, PAGES_AT_ONCE);
            for (StoredPage page : pages) {
                List<RecordOutcome> outcomes = PageOutcomes.decode(page.outcomesJson(), page.seq());
                int start = page.seq() == from.page() ? from.index() : 0;
                for (int i = start; i < outcomes.size(); i++) {
                    if (outcome == null || outcomes.get(i).outcome() == outcome) {
                        if (found.size() == limit) {
                            return new Slice<>(found, new OutcomeCursor(page.seq(), i).encode());
                        }
                        found.add(outcomes.get(i));
                    }
                }
            }
            if (pages.size() < PAGES_AT_ONCE) {
                return new Slice<>(found, null);
            }
            seq = pages.get(pages.size() - 1).seq() + 1;
        }
    }

    @Override
    public Run cancel(Caller caller, String runId) {
        StoredRun run = find(caller, runId);
        String by = caller.username();
        if (run.status() == RunStatus.QUEUED
                && engine.repositories().runs().cancelQueued(run.id(), "cancelled by " + by, engine.clock().instant())) {
            return find(caller, runId).toRun();
        }
        if (!engine.repositories().runs().requestCancel(run.id(), by)) {
            throw Problems.conflict("The run has already ended");
        }
        engine.coordinator().control(run.id()).ifPresent(control -> control.cancel(by));
        return find(caller, runId).toRun();
    }
}
