package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class ErrorListCommandTest {

    private final FakeFlows flows = new FakeFlows();
    private final ErrorListCommand command = new ErrorListCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = new FakeIdentity();
        command.errors = flows;
        command.session = FakeSession.of("karaf").session();
        flows.errors.add(FakeFlows.error("e-2", "f-1", "r-2", "23", ErrorStatus.OPEN, "total over 1000"));
        flows.errors.add(FakeFlows.error("e-1", "f-1", "r-1", "13", ErrorStatus.AUTO_RESOLVED, "total over 1000"));
    }

    @Test
    void listsTheNewestErrorsWithWhereAndWhy() {
        command.run(out.stream, err.stream);

        assertEquals(List.of("Id | Flow | Run | Key | Step | Status | Attempts | Message",
                "e-2 | f-1 | r-2 | 23 | destinations[0]:copy | open | 2 | total over 1000",
                "e-1 | f-1 | r-1 | 13 | destinations[0]:copy | auto-resolved | 2 | total over 1000"),
                out.tableRows());
        assertEquals(new ErrorQuery(null, null, null, null, ErrorListCommand.DEFAULT_LIMIT, null), flows.errorQuery);
    }

    @Test
    void filtersByFlowRunAndStatus() {
        command.flowId = "f-1";
        command.runId = "r-1";
        command.status = "auto-resolved";
        command.limit = 5;

        command.run(out.stream, err.stream);

        assertEquals(new ErrorQuery(null, "f-1", "r-1", ErrorStatus.AUTO_RESOLVED, 5, null), flows.errorQuery);
        assertEquals(2, out.tableRows().size());
    }

    @Test
    void refusesAnUnknownStatusWithoutAsking() {
        command.status = "closed";

        command.run(out.stream, err.stream);

        assertNull(flows.errorQuery);
        assertEquals("Unknown --status closed; use one of [open, resolved, auto-resolved]", err.text().strip());
    }

    @Test
    void printsARefusalAndAnEmptyList() {
        flows.refusal = new ProblemException(Problem.of(404, "Not Found", "no flow f-9"));
        command.run(out.stream, err.stream);
        assertEquals("Refused (404 Not Found): no flow f-9", err.text().strip());

        flows.refusal = null;
        flows.errors.clear();
        command.run(out.stream, err.stream);
        assertTrue(out.text().contains("No errors"), out.text());
    }
}
