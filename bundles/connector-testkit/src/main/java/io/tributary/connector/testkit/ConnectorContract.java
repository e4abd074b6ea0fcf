package io.tributary.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Source;
import io.tributary.api.connector.WriteResult;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;

/**
 * The contract every connector passes: its test extends this class and says where its descriptor is, which
 * connections work and which do not, and which data its source holds and its destination takes (see
 * {@link ConnectorContractSupport}). Each test checks one promise of the SPI; after each one, no secret of any
 * connection used may have reached the log.
 */
public abstract class ConnectorContract extends ConnectorContractSupport {

    @Test
    public void descriptorIsValid() {
        DescriptorCheck check = descriptor().check(bundleVersion(), bundleRoot());

        assertTrue(check.isValid(), () -> "the descriptor breaks these rules:\n  " + String.join("\n  ",
                check.errors().stream().map(error -> error.field() + ": " + error.message()).toList()));
    }

    @Test
    public void workingConnectionTestsOk() {
        ConnectionTest result = connector().test(context(workingConnection(), null));

        assertTrue(result.ok(), () -> "the working connection failed its test: " + result.message());
    }

    @TestFactory
    public Stream<DynamicTest> brokenConnectionFailsSayingWhyWithoutItsSecrets() {
        assertFalse(brokenConnections().isEmpty(), "brokenConnections() must name at least one broken connection");
        return brokenConnections().stream().map(broken -> DynamicTest.dynamicTest(broken.description(), () -> {
            ConnectionTest result = connector().test(context(broken.connection(), null));

            assertFalse(result.ok(), "a connection with " + broken.description() + " passed its test");
            assertTrue(result.message().toLowerCase().contains(broken.expectedWord().toLowerCase()),
                    () -> "the failure should mention '" + broken.expectedWord() + "': " + result.message());
            Secrets.assertAbsent(secretsOf(broken.connection()), result.message(), "the failure message");
        }));
    }

    @Test
    public void sourceOperationIsDeclaredAsASource() {
        SourceFixture source = source();

        assertEquals("source", declared(source.operation()).path("kind").asText());
    }

    @Test
    public void readingAllPagesReturnsEveryRecordOnceInPagesNoLargerThanAsked() throws Exception {
        SourceFixture fixture = source();

        List<Page> pages = readAll(fixture);

        assertAll(() -> assertSameRecords(fixture.expectedKeys(), Pages.keys(pages)),
                () -> assertTrue(pages.stream().allMatch(page -> page.records().size() <= fixture.pageSize()),
                        "a page held more records than the limit of " + fixture.pageSize()));
    }

    @Test
    public void resumingFromTheCursorSavedAfterPageTwoReadsTheRestOnce() throws Exception {
        SourceFixture fixture = source();
        List<Page> firstRun;
        try (Source source = openSource(fixture)) {
            Page one = source.read(new PageRequest(null, fixture.pageSize(), null));
            assertNotNull(one.next(), "page one of two and a half pages must not be the last");
            firstRun = List.of(one, source.read(new PageRequest(one.next(), fixture.pageSize(), null)));
        }
        String saved = firstRun.get(1).next();
        assertNotNull(saved, "page two of two and a half pages must not be the last");

        List<String> keys = new ArrayList<>(Pages.keys(firstRun));
        try (Source resumed = openSource(fixture)) {
            keys.addAll(Pages.keys(Pages.readToEnd(resumed, saved, fixture.pageSize(), maxPages(fixture))));
        }

        assertSameRecords(fixture.expectedKeys(), keys);
    }

    @Test
    public void cancelledReadStopsEarly() throws Exception {
        SourceFixture fixture = source();
        TestContext context = context(workingConnection(), fixture.config());
        try (Source source = connector().openSource(fixture.operation(), context)) {
            Page first = source.read(new PageRequest(null, fixture.pageSize(), null));
            context.cancel();
            Cancellations.assertReadStopsEarly(readCancellation(), source, first, fixture, maxPages(fixture));
        }
    }

    @Test
    public void closingASourceTwiceIsSafe() throws Exception {
        Source source = openSource(source());

        source.close();
        source.close();
    }

    @Test
    public void destinationOperationIsDeclaredWithItsModeAndBatchSize() {
        DestinationFixture fixture = destination();
        JsonNode operation = declared(fixture.operation());

        assertEquals("destination", operation.path("kind").asText());
        assertTrue(operation.path("modes").toString().contains("\"" + fixture.mode().name().toLowerCase() + "\""),
                () -> "the descriptor does not declare mode " + fixture.mode() + " for " + fixture.operation());
        assertTrue(fixture.records().size() <= operation.path("maxBatch").asInt(),
                "the fixture writes more records than the operation's maxBatch");
    }

    @Test
    public void writingReturnsOneResultPerRecordInOrder() throws Exception {
        DestinationFixture fixture = destination();
        List<WriteResult> results;
        try (Destination destination = openDestination(fixture)) {
            results = destination.write(fixture.mode(), fixture.records());
        }

        assertEquals(Cancellations.keysOf(fixture.records()), results.stream().map(WriteResult::key).toList(),
                "one result per record, in the records' order, with their keys");
    }

    @Test
    public void cancelledWriteStopsEarly() throws Exception {
        DestinationFixture fixture = destination();
        TestContext context = context(workingConnection(), fixture.config());
        try (Destination destination = connector().openDestination(fixture.operation(), context)) {
            context.cancel();
            Cancellations.assertWriteStopsEarly(writeCancellation(), destination, fixture);
        }
    }

    @Test
    public void closingADestinationTwiceIsSafe() throws Exception {
        Destination destination = openDestination(destination());

        destination.close();
        destination.close();
    }
}
