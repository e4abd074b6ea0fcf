package io.tributary.connector.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import io.tributary.api.connector.Connector;

/** Runs connectors that break one promise each through the contract: exactly the matching test must fail. */
class ContractCatchesFaultsTest {

    @Test
    void recordReadTwiceFailsTheReadingTests() {
        Events tests = run(RepeatsARecord.class);

        tests.assertThatEvents().haveExactly(1, event(test("readingAllPagesReturnsEveryRecordOnce"),
                finishedWithFailure()));
        tests.assertThatEvents().haveExactly(1, event(test("resumingFromTheCursorSavedAfterPageTwo"),
                finishedWithFailure()));
    }

    @Test
    void passwordInAFailureMessageFailsTheBrokenConnectionTest() {
        run(LeaksThePassword.class).assertStatistics(stats -> stats.failed(1));
    }

    @Test
    void passwordInTheLogFailsEveryTestThatLoggedIt() {
        Events tests = run(LogsThePassword.class);

        tests.assertThatEvents().haveExactly(1, event(test("workingConnectionTestsOk"), finishedWithFailure()));
    }

    @Test
    void connectorThatEndsEarlyWhenCancelledPassesWhenItSaysSo() {
        run(StopsEarlyWhenCancelled.class).assertStatistics(stats -> stats.failed(0).succeeded(13));
    }

    @Test
    void ignoredCancellationFailsBothCancellationTests() {
        Events tests = run(IgnoresCancellation.class);

        tests.assertStatistics(stats -> stats.failed(2));
        tests.assertThatEvents().haveExactly(1, event(test("cancelledReadStopsEarly"), finishedWithFailure()));
        tests.assertThatEvents().haveExactly(1, event(test("cancelledWriteStopsEarly"), finishedWithFailure()));
    }

    @Test
    void missingWriteResultFailsTheWriteTest() {
        Events tests = run(LosesAResult.class);

        tests.assertStatistics(stats -> stats.failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("writingReturnsOneResultPerRecordInOrder"),
                finishedWithFailure()));
    }

    @Test
    void descriptorOfAnotherVersionFailsTheDescriptorTest() {
        Events tests = run(WrongBundleVersion.class);

        tests.assertStatistics(stats -> stats.failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("descriptorIsValid"), finishedWithFailure()));
    }

    private static Events run(Class<?> contractTest) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contractTest)).execute().testEvents();
    }

    static class RepeatsARecord extends InMemoryConnectorContractTest {
        @Override
        protected Connector connector() {
            return new InMemoryConnector(InMemoryConnector.Fault.REPEATS_A_RECORD);
        }
    }

    static class LeaksThePassword extends InMemoryConnectorContractTest {
        @Override
        protected Connector connector() {
            return new InMemoryConnector(InMemoryConnector.Fault.LEAKS_THE_PASSWORD);
        }
    }

    static class LogsThePassword extends InMemoryConnectorContractTest {
        @Override
        protected Connector connector() {
            return new InMemoryConnector(InMemoryConnector.Fault.LOGS_THE_PASSWORD);
        }
    }

    static class StopsEarlyWhenCancelled extends InMemoryConnectorContractTest {
        @Override
        protected Connector connector() {
            return new InMemoryConnector(InMemoryConnector.Fault.NONE, Cancellation.STOPS_EARLY);
        }

        @Override
        protected Cancellation readCancellation() {
            return Cancellation.STOPS_EARLY;
        }

        @Override
        protected Cancellation writeCancellation() {
            return Cancellation.STOPS_EARLY;
        }
    }

    static class IgnoresCancellation extends InMemoryConnectorContractTest {
        @Override
        protected Connector connector() {
            return new InMemoryConnector(InMemoryConnector.Fault.IGNORES_CANCELLATION);
        }
    }

    static class LosesAResult extends InMemoryConnectorContractTest {
        @Override
        protected Connector connector() {
            return new InMemoryConnector(InMemoryConnector.Fault.LOSES_A_RESULT);
        }
    }

    static class WrongBundleVersion extends InMemoryConnectorContractTest {
        @Override
        protected String bundleVersion() {
            return "1.1.0";
        }
    }
}
