package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class FlowListCommandTest {

    private final FakeFlows flows = new FakeFlows();
    private final FlowListCommand command = new FlowListCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = new FakeIdentity();
        command.flows = flows;
        command.runs = flows;
        command.session = FakeSession.of("karaf").session();
        flows.flows.add(FakeFlows.flow("f-1", "Orders", "w-1", true, "schedule"));
        flows.flows.add(FakeFlows.flow("f-2", "Hook", "w-2", false, "webhook"));
        flows.runs.add(FakeFlows.run("r-2", "f-1", RunStatus.PARTIAL, RunCounts.ZERO, null));
        flows.runs.add(FakeFlows.run("r-1", "f-1", RunStatus.SUCCEEDED, RunCounts.ZERO, null));
    }

    @Test
    void listsEachFlowWithItsTriggerAndTheStatusOfItsNewestRun() {
        command.run(out.stream, err.stream);

        assertEquals(List.of("Id | Name | Workspace | Enabled | Trigger | Last run",
                "f-1 | Orders | w-1 | yes | schedule | partial",
                "f-2 | Hook | w-2 | no | webhook | never"), out.tableRows());
        assertEquals("shell:karaf", flows.caller.username());
        assertEquals(1, flows.runQuery.limit());
    }

    @Test
    void listsOneWorkspace() {
        command.workspaceId = "w-2";

        command.run(out.stream, err.stream);

        assertEquals("w-2", flows.listedWorkspace);
        assertEquals(2, out.tableRows().size());
    }

    @Test
    void printsARefusal() {
        flows.refusal = new ProblemException(Problem.of(404, "Not Found", "no workspace w-9"));

        command.run(out.stream, err.stream);

        assertEquals("Refused (404 Not Found): no workspace w-9", err.text().strip());
        assertEquals("", out.text());
    }

    @Test
    void saysSoWhenThereAreNoFlows() {
        flows.flows.clear();

        command.run(out.stream, err.stream);

        assertTrue(out.text().contains("No flows"), out.text());
    }
}
