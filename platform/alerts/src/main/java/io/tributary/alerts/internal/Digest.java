package io.tributary.alerts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pending alerts of one flow gathered for one mail: the union of their subscribers, totals, and one entry per
 * run in the order the runs first reported. The flow's name is the newest one reported.
 */
record Digest(String flowId, String flowName, List<String> recipients, int newErrors, int autoResolved,
        List<RunAlerts> runs) {

    /** What one run reported; {@code runId} is null for alerts that named no run. */
    record RunAlerts(String runId, int newErrors, int autoResolved, List<String> samples) {
    }

    Digest {
        recipients = List.copyOf(recipients);
        runs = List.copyOf(runs);
    }

    static Digest of(List<PendingAlert> pending) {
        if (pending.isEmpty()) {
            throw new IllegalArgumentException("A digest needs at least one alert");
        }
        FlowAlert newest = pending.get(pending.size() - 1).alert();
        Set<String> recipients = new LinkedHashSet<>();
        Map<String, RunAlerts> runs = new LinkedHashMap<>();
        int newErrors = 0;
        int autoResolved = 0;
        for (PendingAlert item : pending) {
            FlowAlert alert = item.alert();
            recipients.addAll(alert.subscribers());
            RunAlerts run = runs.getOrDefault(alert.runId(), new RunAlerts(alert.runId(), 0, 0, List.of()));
            if (alert.kind() == AlertKind.OPENED) {
                newErrors += alert.count();
                List<String> samples = new ArrayList<>(run.samples());
                samples.addAll(alert.samples());
                run = new RunAlerts(run.runId(), run.newErrors() + alert.count(), run.autoResolved(), samples);
            } else {
                autoResolved += alert.count();
                run = new RunAlerts(run.runId(), run.newErrors(), run.autoResolved() + alert.count(), run.samples());
            }
            runs.put(alert.runId(), run);
        }
        return new Digest(newest.flowId(), newest.flowName(), List.copyOf(recipients), newErrors, autoResolved,
                List.copyOf(runs.values()));
    }
}
