package io.tributary.engine.internal.run;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteResult;
import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.engine.internal.pipeline.Delivery;
import io.tributary.engine.internal.pipeline.Routed;
import io.tributary.engine.internal.pipeline.StepIssue;

/**
 * Writes a routed page to its destinations in batches of at most each operation's {@code maxBatch}, retrying
 * retryable failures (a whole batch, or single records) as the flow's policy says, and decides each source
 * record's fate.
 */
public final class PageWriter {

    private final List<OpenDestination> destinations;
    private final Retries retries;

    /**
     * @param destinations the opened destinations, in the order of {@code Pipeline.destinations()}
     */
    public PageWriter(List<OpenDestination> destinations, Retries retries) {
        this.destinations = List.copyOf(destinations);
        this.retries = retries;
    }

    /** What one destination did with one delivery. */
    private record Written(String step, WriteResult.Outcome outcome, String message, boolean retryable) {
    }

    /** One fate per routed record, in the page's order. */
    public List<RecordFate> write(List<Routed> page) {
        List<List<Written>> written = new ArrayList<>(page.size());
        page.forEach(routed -> written.add(new ArrayList<>()));
        for (int d = 0; d < destinations.size(); d++) {
            OpenDestination destination = destinations.get(d);
            List<Integer> owners = new ArrayList<>();
            List<Record> records = new ArrayList<>();
            for (int r = 0; r < page.size(); r++) {
                for (Delivery delivery : page.get(r).deliveries()) {
                    if (delivery.destination() == d) {
                        owners.add(r);
                        records.add(delivery.record());
                    }
                }
            }
            for (int from = 0; from < records.size(); from += destination.maxBatch()) {
                int to = Math.min(records.size(), from + destination.maxBatch());
                writeBatch(destination, owners.subList(from, to), records.subList(from, to), written);
            }
        }
        List<RecordFate> fates = new ArrayList<>(page.size());
        for (int r = 0; r < page.size(); r++) {
            fates.add(fate(page.get(r), written.get(r)));
        }
        return fates;
    }

    private void writeBatch(OpenDestination destination, List<Integer> owners, List<Record> records,
            List<List<Written>> written) {
        String step = destination.spec().path();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            pending.add(i);
        }
        String[] lastMessage = new String[records.size()];
        for (int attempt = 1; ; attempt++) {
            List<Record> batch = pending.stream().map(records::get).toList();
            List<Integer> again = new ArrayList<>();
            try {
                List<WriteResult> results = destination.destination().write(destination.spec().mode(), batch);
                if (results == null || results.size() != batch.size()) {
                    failAll(pending, owners, written, step, "the destination answered "
                            + (results == null ? "nothing" : results.size() + " results") + " for " + batch.size()
                            + " records", false);
                    return;
                }
                for (int i = 0; i < results.size(); i++) {
                    WriteResult result = results.get(i);
                    int position = pending.get(i);
                    String message = destination.bound().redact(result.message());
                    if (result.outcome() == WriteResult.Outcome.ERROR && result.retryable()) {
                        again.add(position);
                        lastMessage[position] = message;
                    } else {
                        written.get(owners.get(position)).add(new Written(step, result.outcome(), message,
                                result.retryable()));
                    }
                }
            } catch (ConnectorException e) {
                if (e.isRetryable() && mayTry(attempt + 1)) {
                    continue;
                }
                failAll(pending, owners, written, step, destination.bound().redact(e.getMessage()),
                        e.isRetryable());
                return;
            } catch (RuntimeException e) {
                failAll(pending, owners, written, step, "the connector failed: "
                        + destination.bound().redact(String.valueOf(e)), false);
                return;
            }
            if (again.isEmpty()) {
                return;
            }
            if (!mayTry(attempt + 1)) {
                for (int position : again) {
                    written.get(owners.get(position)).add(new Written(step, WriteResult.Outcome.ERROR,
                            lastMessage[position], true));
                }
                return;
            }
            pending = again;
        }
    }

    private boolean mayTry(int attempt) {
        try {
            return retries.mayTry(attempt);
        } catch (ConnectorException interrupted) {
            return false;
        }
    }

    private static void failAll(List<Integer> positions, List<Integer> owners, List<List<Written>> written,
            String step, String message, boolean retryable) {
        for (int position : positions) {
            written.get(owners.get(position)).add(new Written(step, WriteResult.Outcome.ERROR, message, retryable));
        }
    }

    /** A failure anywhere makes an error; else one write makes a success; else the record was ignored. */
    private static RecordFate fate(Routed routed, List<Written> written) {
        Record record = routed.source();
        for (StepIssue issue : routed.issues()) {
            if (issue.error()) {
                return new RecordFate(record, Outcome.ERROR, issue.step(), issue.message(), issue.retryable());
            }
        }
        for (Written write : written) {
            if (write.outcome() == WriteResult.Outcome.ERROR) {
                return new RecordFate(record, Outcome.ERROR, write.step(), write.message(), write.retryable());
            }
        }
        if (written.stream().anyMatch(write -> write.outcome() == WriteResult.Outcome.OK)) {
            return RecordFate.success(record);
        }
        if (!routed.issues().isEmpty()) {
            StepIssue issue = routed.issues().get(0);
            return new RecordFate(record, Outcome.IGNORED, issue.step(), issue.message(), false);
        }
        if (!written.isEmpty()) {
            return new RecordFate(record, Outcome.IGNORED, written.get(0).step(), written.get(0).message(), false);
        }
        return new RecordFate(record, Outcome.IGNORED, "destinations", "routed to no destination", false);
    }
}
