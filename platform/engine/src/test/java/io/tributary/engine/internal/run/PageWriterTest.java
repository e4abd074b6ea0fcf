package io.tributary.engine.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;
import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.OpenedConnection;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.connect.BoundConnector;
import io.tributary.engine.internal.definition.Settings.RetryPolicy;
import io.tributary.engine.internal.pipeline.Delivery;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.Routed;
import io.tributary.engine.internal.pipeline.StepIssue;

class PageWriterTest {

    /** Answers each write with the next scripted answer, or writes everything. */
    private static final class ScriptedDestination implements Destination {
        final List<List<String>> batches = new ArrayList<>();
        final Queue<Object> answers = new LinkedList<>();

        @Override
        public List<WriteResult> write(WriteMode mode, List<Record> records) throws ConnectorException {
            batches.add(records.stream().map(Record::key).toList());
            Object answer = answers.poll();
            if (answer instanceof ConnectorException failure) {
                throw failure;
            }
            if (answer instanceof WriteResult single) {
                List<WriteResult> results = new ArrayList<>();
                records.forEach(record -> results.add(record.key().equals(single.key()) ? single
                        : WriteResult.ok(record.key())));
                return results;
            }
            if (answer instanceof Integer count) {
                return records.subList(0, count).stream().map(record -> WriteResult.ok(record.key())).toList();
            }
            return records.stream().map(record -> WriteResult.ok(record.key())).toList();
        }
    }

    private final ScriptedDestination destination = new ScriptedDestination();
    private final PageWriter writer = new PageWriter(List.of(open(destination, 3)),
            new Retries(new RetryPolicy(3, 0, 1, 0), duration -> { }, () -> false));

    @Test
    void deliveriesAreWrittenInBatchesOfAtMostMaxBatch() {
        List<RecordFate> fates = writer.write(page(7));

        assertEquals(List.of(List.of("k1", "k2", "k3"), List.of("k4", "k5", "k6"), List.of("k7")),
                destination.batches);
        assertEquals(7, fates.stream().filter(fate -> fate.outcome() == Outcome.SUCCESS).count());
    }

    @Test
    void aRetryableRecordFailureIsWrittenAgainAloneUntilAttemptsRunOut() {
        destination.answers.add(WriteResult.error("k2", "locked", true));
        destination.answers.add(WriteResult.error("k2", "locked", true));
        destination.answers.add(WriteResult.error("k2", "still locked s3cret", true));

        RecordFate k2 = writer.write(page(2)).get(1);

        assertEquals(List.of(List.of("k1", "k2"), List.of("k2"), List.of("k2")), destination.batches);
        assertEquals(new RecordFate(k2.record(), Outcome.ERROR, "destinations[0]:out", "still locked ***", true),
                k2);
    }

    @Test
    void aBatchFailureIsRetriedIfRetryableElseFailsEveryRecordOfTheBatch() {
        destination.answers.add(new ConnectorException("busy", true));
        destination.answers.add(null);
        destination.answers.add(new ConnectorException("no such table", false));

        List<RecordFate> fates = writer.write(page(5));

        assertEquals(List.of(Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.ERROR, Outcome.ERROR),
                fates.stream().map(RecordFate::outcome).toList());
        assertEquals("no such table", fates.get(4).message());
    }

    @Test
    void aDestinationAnsweringTooFewResultsFailsTheBatch() {
        destination.answers.add(1);

        List<RecordFate> fates = writer.write(page(2));

        assertEquals("the destination answered 1 results for 2 records", fates.get(0).message());
    }

    @Test
    void aStepFailureWinsOverWritesAndAnIgnoredRecordIsIgnoredWhereTheStepSaid() {
        Record failed = record("f");
        Record ignored = record("i");
        List<Routed> page = List.of(
                new Routed(failed, List.of(new Delivery(0, failed)), List.of(StepIssue.failed("steps[1]:x", "bad",
                        false))),
                new Routed(ignored, List.of(), List.of(StepIssue.ignored("steps[0]:f", "filtered"))));

        List<RecordFate> fates = writer.write(page);

        assertEquals(Outcome.ERROR, fates.get(0).outcome());
        assertEquals("steps[1]:x", fates.get(0).step());
        assertEquals(new RecordFate(ignored, Outcome.IGNORED, "steps[0]:f", "filtered", false), fates.get(1));
    }

    private static List<Routed> page(int size) {
        List<Routed> page = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Record record = record("k" + i);
            page.add(new Routed(record, List.of(new Delivery(0, record)), List.of()));
        }
        return page;
    }

    private static Record record(String key) {
        return new Record(key, Json.object().put("id", key));
    }

    private static OpenDestination open(Destination destination, int maxBatch) {
        Connection connection = new Connection("c", "ws", "x", "1.0.0", "c", Json.object(), Instant.now(),
                Instant.now());
        OpenedConnection opened = new OpenedConnection(connection, Json.object(), System.getLogger("test"),
                text -> text.replace("s3cret", "***"));
        Connector connector = new Connector() {
            @Override
            public ConnectionTest test(ConnectorContext context) {
                return ConnectionTest.ok("fine");
            }
        };
        BoundConnector bound = new BoundConnector(opened, new ConnectorInfo("x", "1.0.0", "x", ConnectorState.ACTIVE,
                null, List.of(), 1, null), connector);
        return new OpenDestination(new DestinationSpec("destinations[0]:out", "c", "write", null, Json.object(),
                WriteMode.UPSERT), destination, bound, maxBatch);
    }
}
