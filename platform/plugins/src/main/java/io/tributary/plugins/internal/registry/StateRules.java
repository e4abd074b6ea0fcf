package io.tributary.plugins.internal.registry;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;

import io.tributary.api.connector.Connector;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;
import io.tributary.plugins.internal.registry.BundleFacts.ServiceKey;

/**
 * Decides one bundle's state from its descriptor and what the framework knows about it. Duplicates across bundles
 * are decided afterwards by {@link ConnectorTable}.
 */
final class StateRules {

    private static final String CONNECTOR = Connector.class.getName();

    private StateRules() {
    }

    static Verdict evaluate(DescriptorCheck check, BundleFacts facts) {
        if (!check.isValid()) {
            return Verdict.rejected("invalid descriptor: " + check.summary());
        }
        if (facts.state() == Bundle.INSTALLED) {
            return unresolved(facts);
        }
        List<ServiceKey> services = facts.connectorServices();
        if (services.stream().anyMatch(key -> key.matches(check.id(), check.version()))) {
            return Verdict.active();
        }
        ComponentReport components = facts.components();
        if (!components.failures().isEmpty()) {
            return Verdict.rejected("its Connector component failed to activate: "
                    + String.join("; ", components.failures()));
        }
        if (!services.isEmpty()) {
            return Verdict.rejected("its Connector service is registered with " + services.get(0)
                    + " but the descriptor says id '" + check.id() + "' version '" + check.version() + "'");
        }
        return missingComponent(components).orElseGet(() -> waitingFor(components, facts.state()));
    }

    private static Verdict unresolved(BundleFacts facts) {
        if (facts.missingRequirements().isEmpty()) {
            return Verdict.waiting("the bundle is not resolved yet");
        }
        return Verdict.rejected("the bundle cannot be resolved, missing: "
                + String.join("; ", facts.missingRequirements()));
    }

    private static Optional<Verdict> missingComponent(ComponentReport components) {
        return switch (components.presence()) {
            case NONE_DECLARED -> Optional.of(Verdict.rejected("the bundle declares no Declarative "
                    + "Services component (no Service-Component header), so nothing provides " + CONNECTOR));
            case NO_CONNECTOR -> Optional.of(Verdict.rejected("none of the bundle's Declarative "
                    + "Services components provides " + CONNECTOR));
            default -> Optional.empty();
        };
    }

    private static Verdict waitingFor(ComponentReport components, int bundleState) {
        if (!components.waiting().isEmpty()) {
            return Verdict.waiting("waiting for its Connector service: " + String.join("; ", components.waiting()));
        }
        if (bundleState != Bundle.ACTIVE) {
            return Verdict.waiting("waiting for its Connector service: the bundle is resolved but not started");
        }
        return Verdict.waiting("waiting for its Connector service");
    }
}
