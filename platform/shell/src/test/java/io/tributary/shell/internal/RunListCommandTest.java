package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunStatus;

class RunListCommandTest {

    private final FakeFlows flows = new FakeFlows();
    private final RunListCommand command = new RunListCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = new FakeIdentity();
        command.runs = flows;
        command.session = FakeSession.of("karaf").session();
        flows.runs.add(FakeFlows.run("r-3", "f-2", RunStatus.RUNNING, new RunCounts(4, 4, 0, 0), null));
        flows.runs.add(FakeFlows.run("r-2", "f-1", RunStatus.PARTIAL, new RunCounts(10, 7, 2, 1), null));
    }

    @Test
    void listsTheNewestRunsWithCountsAndDuration() {
        command.run(out.stream, err.stream);

        assertEquals(List.of("Id | Flow | Mode | Trigger | Status | Read | Success | Ignored | Errors | Started | Duration",
                "r-3 | f-2 | normal | manual | running | 4 | 4 | 0 | 0 | 2026-11-22T10:15:30Z | -",
                "r-2 | f-1 | normal | manual | partial | 10 | 7 | 2 | 1 | 2026-11-22T10:15:30Z | 1.5 s"),
                out.tableRows());
        assertEquals(new RunQuery(null, null, null, RunListCommand.DEFAULT_LIMIT, null), flows.runQuery);
    }

    @Test
    void filtersByFlowAndStatus() {
        command.flowId = "f-1";
        command.status = "partial";

        command.run(out.stream, err.stream);

        assertEquals(new RunQuery(null, "f-1", RunStatus.PARTIAL, RunListCommand.DEFAULT_LIMIT, null),
                flows.runQuery);
        assertEquals(2, out.tableRows().size());
    }

    @Test
    void saysWhenThereAreMoreThanTheLimit() {
        command.limit = 1;

        command.run(out.stream, err.stream);

        List<String> lines = out.text().lines().toList();
        assertEquals("Only the newest 1 are shown; raise --limit for more", lines.get(lines.size() - 1));
        assertEquals(1, flows.runQuery.limit());
    }

    @Test
    void refusesAnUnknownStatusWithoutAsking() {
        command.status = "done";

        command.run(out.stream, err.stream);

        assertNull(flows.runQuery);
        assertEquals("Unknown --status done; use one of [queued, running, succeeded, partial, failed, cancelled]",
                err.text().strip());
    }
}
