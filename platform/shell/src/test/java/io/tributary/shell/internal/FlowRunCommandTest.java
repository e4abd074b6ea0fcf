package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class FlowRunCommandTest {

    private final FakeFlows flows = new FakeFlows();
    private final FlowRunCommand command = new FlowRunCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = new FakeIdentity();
        command.flows = flows;
        command.runs = flows;
        command.session = FakeSession.of("karaf").session();
        command.flowId = "f-1";
        command.pollMillis = 1;
    }

    @Test
    void startsANormalRunAndPrintsIt() {
        command.run(out.stream, err.stream);

        assertEquals(new RunRequest(RunMode.NORMAL, null), flows.started);
        assertEquals("Started Run r-9 of flow f-1 (normal, manual): queued", out.text().strip());
        assertEquals(0, flows.looks, "no waiting unless asked");
    }

    @Test
    void aTestRunReadsTenRecordsUnlessToldOtherwise() {
        command.test = true;
        command.run(out.stream, err.stream);
        assertEquals(new RunRequest(RunMode.TEST, RunRequest.DEFAULT_TEST_LIMIT), flows.started);

        command.limit = 5;
        command.run(out.stream, err.stream);
        assertEquals(new RunRequest(RunMode.TEST, 5), flows.started);
        assertTrue(out.text().contains("(test, up to 5 records, manual)"), out.text());
    }

    @Test
    void aLimitWithoutTestStartsNothing() {
        command.limit = 5;

        command.run(out.stream, err.stream);

        assertNull(flows.started);
        assertEquals("--limit applies to test runs only: add --test; no run was started", err.text().strip());
    }

    @Test
    void waitsUntilTheRunHasFinishedThenPrintsItsCounts() {
        command.await = true;
        flows.progress.add(FakeFlows.run("r-9", "f-1", RunStatus.RUNNING, new RunCounts(5, 5, 0, 0), null));
        flows.progress.add(FakeFlows.run("r-9", "f-1", RunStatus.PARTIAL, new RunCounts(10, 7, 2, 1), null));

        command.run(out.stream, err.stream);

        assertEquals(2, flows.looks);
        assertEquals(List.of("Started Run r-9 of flow f-1 (normal, manual): queued",
                "Run r-9 partial in 1.5 s: read 10, success 7, ignored 2, errors 1"), out.text().lines().toList());
    }

    @Test
    void printsWhyARunFailed() {
        command.await = true;
        flows.progress.add(FakeFlows.run("r-9", "f-1", RunStatus.FAILED, RunCounts.ZERO,
                "source: connection refused"));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Started Run r-9 of flow f-1 (normal, manual): queued",
                "Run r-9 failed in 1.5 s: read 0, success 0, ignored 0, errors 0", "source: connection refused"),
                out.text().lines().toList());
    }

    @Test
    void anInterruptStopsTheWaitingNotTheRun() {
        command.await = true;
        flows.progress.add(FakeFlows.run("r-9", "f-1", RunStatus.RUNNING, RunCounts.ZERO, null));
        Thread.currentThread().interrupt();

        command.run(out.stream, err.stream);

        assertTrue(Thread.interrupted(), "the interrupt is kept for Karaf");
        assertEquals("Stopped waiting; run r-9 goes on (queued)", out.text().lines().toList().get(1));
    }

    @Test
    void printsARefusal() {
        flows.refusal = new ProblemException(Problem.of(409, "Conflict", "flow f-1 is running"));

        command.run(out.stream, err.stream);

        assertEquals("Refused (409 Conflict): flow f-1 is running", err.text().strip());
        assertEquals("", out.text());
    }
}
