package io.tributary.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import io.tributary.api.flow.FlowEvents;

class AlertEventsTest {

    private final CapturingLogger log = new CapturingLogger();
    private final AlertEvents events = new AlertEvents(log);

    @Test
    void readsTheContractsPropertiesOfOpenedErrors() {
        FlowAlert alert = events.read(Events.opened(Events.FLOW, "run_1", 2,
                List.of("k1: steps[0]:shape: boom", "k2: destinations[0]:warehouse: refused"), "ops@example.com"))
                .orElseThrow();

        assertEquals(new FlowAlert(Events.FLOW, Events.FLOW_NAME, AlertKind.OPENED, "run_1", 2,
                List.of("k1: steps[0]:shape: boom", "k2: destinations[0]:warehouse: refused"),
                List.of("ops@example.com")), alert);
    }

    @Test
    void readsAutoResolvedErrors() {
        FlowAlert alert = events.read(Events.autoResolved(Events.FLOW, "run_2", 4, "ops@example.com"))
                .orElseThrow();

        assertEquals(AlertKind.AUTO_RESOLVED, alert.kind());
        assertEquals(4, alert.count());
        assertEquals(List.of(), alert.samples());
    }

    @Test
    void dropsEventsWithoutSubscribers() {
        assertEquals(Optional.empty(), events.read(Events.opened(Events.FLOW, "run_1", 1, List.of("k: s: m"))));
        Map<String, Object> properties = Events.properties(Events.FLOW, "run_1", 1, List.of("k: s: m"));
        properties.remove(FlowEvents.SUBSCRIBERS);
        assertEquals(Optional.empty(), events.read(new Event(FlowEvents.ERRORS_OPENED, properties)));
        assertEquals(Optional.empty(), events.read(Events.opened(Events.FLOW, "run_1", 1, List.of(), "not an address")));
    }

    @Test
    void ignoresOtherTopicsOfTheFlowNamespace() {
        assertEquals(Optional.empty(), events.read(Events.event("io/tributary/flow/RUN_FINISHED", Events.FLOW,
                "run_1", 1, List.of(), "ops@example.com")));
    }

    @Test
    void keepsValidSubscribersOnceAndWarnsAboutTheOthers() {
        FlowAlert alert = events.read(Events.opened(Events.FLOW, "run_1", 1, List.of(), " ops@example.com ",
                "OPS@example.com", "Dev Team <dev@example.com>", "nobody", "")).orElseThrow();

        assertEquals(List.of("ops@example.com", "dev@example.com"), alert.subscribers());
        assertEquals(List.of("WARNING Flow flow_orders: ignoring 2 subscriber(s) that are not e-mail addresses"),
                log.at(Level.WARNING));
    }

    @Test
    void samplesBecomeSingleLinesOfBoundedLengthAndNumber() {
        List<String> samples = IntStream.range(0, 25).mapToObj(i -> "k" + i + ": step:\r\nline two").toList();
        FlowAlert alert = events.read(Events.opened(Events.FLOW, "run_1", 25, samples, "ops@example.com"))
                .orElseThrow();

        assertEquals(AlertEvents.MAX_SAMPLES, alert.samples().size());
        assertEquals("k0: step: line two", alert.samples().get(0));

        FlowAlert longOne = events.read(Events.opened(Events.FLOW, "run_1", 1, List.of("x".repeat(2000)),
                "ops@example.com")).orElseThrow();
        assertEquals(AlertEvents.MAX_SAMPLE_LENGTH, longOne.samples().get(0).length());
        assertTrue(longOne.samples().get(0).endsWith("…"));
    }

    @Test
    void countDefaultsToTheSamplesAndNothingToReportIsDropped() {
        Map<String, Object> properties = Events.properties(Events.FLOW, "run_1", 0, List.of("a: s: m", "b: s: m"),
                "ops@example.com");
        properties.remove(FlowEvents.COUNT);
        assertEquals(2, events.read(new Event(FlowEvents.ERRORS_OPENED, properties)).orElseThrow().count());

        assertEquals(Optional.empty(), events.read(Events.opened(Events.FLOW, "run_1", 0, List.of(),
                "ops@example.com")));
    }

    @Test
    void aFlowIdIsRequiredAndTheNameDefaultsToIt() {
        Map<String, Object> properties = Events.properties(Events.FLOW, "run_1", 1, List.of(), "ops@example.com");
        properties.remove(FlowEvents.FLOW_NAME);
        properties.remove(FlowEvents.RUN_ID);
        FlowAlert alert = events.read(new Event(FlowEvents.ERRORS_OPENED, properties)).orElseThrow();
        assertEquals(Events.FLOW, alert.flowName());
        assertEquals(null, alert.runId());

        properties.remove(FlowEvents.FLOW_ID);
        assertEquals(Optional.empty(), events.read(new Event(FlowEvents.ERRORS_OPENED, properties)));
        assertEquals(List.of("WARNING Ignoring a io/tributary/flow/ERRORS_OPENED event without a usable flow id"),
                log.at(Level.WARNING));
    }
}
