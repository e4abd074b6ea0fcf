package io.tributary.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DigestMailTest {

    private static final Instant T = Instant.parse("2030-01-01T08:00:00Z");

    private final List<PendingAlert> pending = new ArrayList<>();

    @Test
    void subjectNamesTheFlowAndTheCounts() {
        opened("run_1", 3, List.of(), "ops@example.com");
        resolved("run_2", 1, "ops@example.com");
        assertEquals("[Tributary] Orders to warehouse: 3 new errors, 1 auto-resolved", compose("").subject());

        pending.clear();
        opened("run_1", 1, List.of(), "ops@example.com");
        assertEquals("[Tributary] Orders to warehouse: 1 new error", compose("").subject());

        pending.clear();
        resolved("run_1", 2, "ops@example.com");
        assertEquals("[Tributary] Orders to warehouse: 2 auto-resolved", compose("").subject());
    }

    @Test
    void bodyGroupsSamplesAndAutoResolvedCountsByRun() {
        opened("run_1", 2, List.of("k1: steps[0]:shape: boom", "k2: steps[0]:shape: boom"), "ops@example.com");
        resolved("run_2", 1, "dev@example.com");
        opened("run_2", 3, List.of("k3: destinations[0]:warehouse: refused"), "ops@example.com");

        MailMessage mail = compose("");

        assertEquals(List.of("ops@example.com", "dev@example.com"), mail.recipients());
        assertEquals("""
                Flow "Orders to warehouse" (flow_orders): 5 new errors, 1 auto-resolved.

                Run run_1: 2 new errors
                  - k1: steps[0]:shape: boom
                  - k2: steps[0]:shape: boom

                Run run_2: 3 new errors, 1 auto-resolved
                  - k3: destinations[0]:warehouse: refused
                  (2 more not listed)

                You receive this digest because the flow lists your address in alerts.subscribers.
                """, mail.body());
    }

    @Test
    void listsAtMostTwentySampleLines() {
        opened("run_1", 15, samples("a", 15), "ops@example.com");
        opened("run_2", 40, samples("b", 20), "ops@example.com");

        String body = compose("").body();

        assertEquals(20, body.lines().filter(line -> line.startsWith("  - ")).count());
        assertTrue(body.contains("  - b4: s: m\n  (35 more not listed)"), body);
        assertFalse(body.contains("b5:"), body);
    }

    @Test
    void linksToTheFlowsOpenErrorsUnderTheBaseUrl() {
        opened("run_1", 1, List.of(), "ops@example.com");

        assertTrue(compose("https://tributary.example.com/").body()
                .contains("\nOpen errors: https://tributary.example.com/api/v1/errors?flow=flow_orders&status=open\n"));
        assertFalse(compose("").body().contains("http"));
    }

    @Test
    void alertsWithoutARunAreGroupedApart() {
        opened(null, 1, List.of("k: source: timeout"), "ops@example.com");

        assertTrue(compose("").body().contains("\nWithout a run: 1 new error\n  - k: source: timeout\n"));
    }

    private MailMessage compose(String baseUrl) {
        return new DigestMail(baseUrl).compose(Digest.of(pending));
    }

    private void opened(String runId, int count, List<String> samples, String subscriber) {
        add(new FlowAlert(Events.FLOW, Events.FLOW_NAME, AlertKind.OPENED, runId, count, samples,
                List.of(subscriber)));
    }

    private void resolved(String runId, int count, String subscriber) {
        add(new FlowAlert(Events.FLOW, Events.FLOW_NAME, AlertKind.AUTO_RESOLVED, runId, count, List.of(),
                List.of(subscriber)));
    }

    private void add(FlowAlert alert) {
        pending.add(new PendingAlert(pending.size() + 1, T, alert));
    }

    private static List<String> samples(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i + ": s: m").toList();
    }
}
