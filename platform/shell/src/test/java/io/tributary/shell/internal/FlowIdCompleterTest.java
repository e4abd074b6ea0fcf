package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class FlowIdCompleterTest {

    private final FakeFlows flows = new FakeFlows();
    private final FlowIdCompleter completer = new FlowIdCompleter();

    @BeforeEach
    void wire() {
        completer.identity = new FakeIdentity();
        completer.flows = flows;
    }

    @Test
    void offersTheIdsOfEveryFlowTheOperatorSeesInOrder() {
        flows.flows.add(FakeFlows.flow("f-2", "Orders", "w-1", true, "manual"));
        flows.flows.add(FakeFlows.flow("f-1", "Hook", "w-2", false, "webhook"));

        assertEquals(List.of("f-1", "f-2"), List.copyOf(completer.ids(FakeSession.of("karaf").session())));
        assertNull(flows.listedWorkspace);
    }

    @Test
    void offersNothingWhenRefused() {
        flows.refusal = new ProblemException(Problem.of(403, "Forbidden", "no"));

        assertTrue(completer.ids(FakeSession.of("karaf").session()).isEmpty());
    }
}
