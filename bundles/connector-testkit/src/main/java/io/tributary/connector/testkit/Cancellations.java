package io.tributary.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.api.connector.WriteResult;

/** What a cancelled read or write must do, in the way the connector's test declared. */
final class Cancellations {

    private Cancellations() {
    }

    /** After the first page was read and the run cancelled: the read ends before the source's data does. */
    static void assertReadStopsEarly(Cancellation cancellation, Source source, Page first, SourceFixture fixture,
                                     int maxPages) throws ConnectorException {
        PageRequest next = new PageRequest(first.next(), fixture.pageSize(), null);
        if (cancellation == Cancellation.THROWS) {
            assertThrows(ConnectorException.class, () -> source.read(next),
                    "a read after cancellation must throw a ConnectorException");
            return;
        }
        int read = first.records().size();
        if (first.next() != null) {
            read += Pages.keys(Pages.readToEnd(source, first.next(), fixture.pageSize(), maxPages)).size();
        }
        assertTrue(read < fixture.expectedKeys().size(), "a cancelled read must end early, yet it read all "
                + read + " records");
    }

    /** After the run was cancelled: the write throws, or reports that not every record was written. */
    static void assertWriteStopsEarly(Cancellation cancellation, Destination destination, DestinationFixture fixture)
            throws ConnectorException {
        if (cancellation == Cancellation.THROWS) {
            assertThrows(ConnectorException.class, () -> destination.write(fixture.mode(), fixture.records()),
                    "a write after cancellation must throw a ConnectorException");
            return;
        }
        List<WriteResult> results = destination.write(fixture.mode(), fixture.records());
        assertEquals(keysOf(fixture.records()), results.stream().map(WriteResult::key).toList(),
                "a cancelled write still returns one result per record, in order");
        assertTrue(results.stream().anyMatch(result -> result.outcome() != WriteResult.Outcome.OK),
                "a cancelled write must not report every record as written");
    }

    static List<String> keysOf(List<Record> records) {
        return records.stream().map(Record::key).toList();
    }
}
