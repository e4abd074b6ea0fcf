package io.tributary.plugins.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.tributary.api.plugin.ConnectorState;
import io.tributary.plugins.internal.registry.ComponentReport.Presence;

class StateRulesTest {

    @Test
    void validDescriptorWithMatchingServiceIsActive() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0").withService());

        assertEquals(ConnectorState.ACTIVE, verdict.state());
        assertNull(verdict.reason());
    }

    @Test
    void invalidDescriptorIsRejectedWithEveryReason() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0").withService()
                .invalid("descriptor.icon", "names x.svg but the bundle has no such entry"));

        assertEquals(ConnectorState.REJECTED, verdict.state());
        assertTrue(verdict.reason().contains("invalid descriptor: descriptor.icon: names x.svg"), verdict::reason);
    }

    @Test
    void validDescriptorWithoutServiceYetIsInstalledAndSaysItWaits() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0"));

        assertEquals(ConnectorState.INSTALLED, verdict.state());
        assertTrue(verdict.reason().startsWith("waiting for its Connector service"), verdict::reason);
    }

    @Test
    void resolvedButStoppedBundleWaits() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0").inState(Bundle.RESOLVED)
                .components(Presence.UNKNOWN, List.of(), List.of()));

        assertEquals(ConnectorState.INSTALLED, verdict.state());
        assertTrue(verdict.reason().contains("not started"), verdict::reason);
    }

    @Test
    void unresolvableBundleIsRejectedListingWhatIsMissing() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0").inState(Bundle.INSTALLED)
                .missing("osgi.wiring.package; (osgi.wiring.package=com.acme)"));

        assertEquals(ConnectorState.REJECTED, verdict.state());
        assertTrue(verdict.reason().contains("cannot be resolved, missing: osgi.wiring.package"), verdict::reason);
    }

    @Test
    void unresolvedBundleWithEveryRequirementAvailableWaits() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0").inState(Bundle.INSTALLED));

        assertEquals(ConnectorState.INSTALLED, verdict.state());
    }

    @Test
    void bundleWithoutAnyComponentIsRejected() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0")
                .components(Presence.NONE_DECLARED, List.of(), List.of()));

        assertEquals(ConnectorState.REJECTED, verdict.state());
        assertTrue(verdict.reason().contains("no Declarative Services component"), verdict::reason);
    }

    @Test
    void bundleWhoseComponentsProvideNoConnectorIsRejected() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0")
                .components(Presence.NO_CONNECTOR, List.of(), List.of()));

        assertEquals(ConnectorState.REJECTED, verdict.state());
        assertTrue(verdict.reason().contains("none of the bundle's Declarative Services components"));
    }

    @Test
    void failedActivationIsRejectedWithTheFailure() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0")
                .components(Presence.CONNECTOR, List.of("DemoConnector: java.lang.IllegalStateException: boom"),
                        List.of()));

        assertEquals(ConnectorState.REJECTED, verdict.state());
        assertTrue(verdict.reason().contains("failed to activate: DemoConnector: java.lang"), verdict::reason);
    }

    @Test
    void unsatisfiedComponentWaitsAndSaysForWhat() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0")
                .components(Presence.CONNECTOR, List.of(), List.of("DemoConnector waits for reference dataSource")));

        assertEquals(ConnectorState.INSTALLED, verdict.state());
        assertTrue(verdict.reason().contains("waits for reference dataSource"), verdict::reason);
    }

    @Test
    void serviceWithOtherIdOrVersionIsRejected() {
        Verdict verdict = evaluate(FakeBundle.connector(5, "demo", "1.0.0").withService("demo", "0.9.0"));

        assertEquals(ConnectorState.REJECTED, verdict.state());
        assertTrue(verdict.reason().contains("version '0.9.0'"), verdict::reason);
    }

    private static Verdict evaluate(FakeBundle bundle) {
        ConnectorBundle built = bundle.build();
        return StateRules.evaluate(built.check(), built.facts());
    }
}
