package io.tributary.plugins.internal.extender;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.problem.FieldError;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;
import io.tributary.plugins.internal.registry.BundleFacts;
import io.tributary.plugins.internal.registry.BundleFacts.ServiceKey;
import io.tributary.plugins.internal.registry.ComponentReport;
import io.tributary.plugins.internal.registry.ComponentReport.Presence;
import io.tributary.plugins.internal.registry.ConnectorBundle;

/** Turns a tracked bundle into plain facts for the state rules, asking the framework and SCR. */
final class BundleFactsCollector {

    private static final Logger LOG = LoggerFactory.getLogger(BundleFactsCollector.class);

    private final ComponentInspector components;
    private final RequirementInspector requirements;

    BundleFactsCollector(ComponentInspector components, RequirementInspector requirements) {
        this.components = components;
        this.requirements = requirements;
    }

    /** The bundle as the registry sees it now; empty once it is uninstalled. */
    Optional<ConnectorBundle> collect(TrackedBundle tracked, Map<Long, List<ServiceKey>> services) {
        Bundle bundle = tracked.bundle();
        try {
            int state = bundle.getState();
            if (state == Bundle.UNINSTALLED) {
                return Optional.empty();
            }
            List<String> missing = state == Bundle.INSTALLED ? requirements.missing(bundle) : List.of();
            ComponentReport report = components.inspect(bundle);
            BundleFacts facts = facts(bundle, state, missing, services.getOrDefault(bundle.getBundleId(), List.of()),
                    report);
            return Optional.of(new ConnectorBundle(tracked.check(), facts));
        } catch (RuntimeException e) {
            // e.g. uninstalled meanwhile: the bundle shows as rejected until the tracker drops it
            LOG.warn("Cannot inspect connector bundle {}: {}", bundle.getBundleId(), e.toString());
            DescriptorCheck failed = new DescriptorCheck(tracked.check().descriptor(),
                    List.of(new FieldError("bundle", "could not be inspected: " + e)));
            return Optional.of(new ConnectorBundle(failed, facts(bundle, Bundle.INSTALLED, List.of(), List.of(),
                    ComponentReport.of(Presence.UNKNOWN))));
        }
    }

    private static BundleFacts facts(Bundle bundle, int state, List<String> missing, List<ServiceKey> services,
                                     ComponentReport report) {
        return new BundleFacts(bundle.getBundleId(), bundle.getSymbolicName(), String.valueOf(bundle.getVersion()),
                bundleName(bundle), state, missing, services, report);
    }

    private static String bundleName(Bundle bundle) {
        try {
            return bundle.getHeaders("").get(Constants.BUNDLE_NAME);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
