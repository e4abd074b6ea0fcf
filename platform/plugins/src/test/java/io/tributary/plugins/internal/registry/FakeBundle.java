package io.tributary.plugins.internal.registry;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;
import io.tributary.plugins.internal.registry.BundleFacts.ServiceKey;
import io.tributary.plugins.internal.registry.ComponentReport.Presence;

/** Builds a {@link ConnectorBundle} as the extender would see it, one fact at a time; starts out ACTIVE. */
final class FakeBundle {

    private final long bundleId;
    private DescriptorCheck check;
    private int state = Bundle.ACTIVE;
    private final List<String> missing = new ArrayList<>();
    private final List<ServiceKey> services = new ArrayList<>();
    private ComponentReport components = ComponentReport.of(Presence.CONNECTOR);

    private FakeBundle(long bundleId, DescriptorCheck check) {
        this.bundleId = bundleId;
        this.check = check;
    }

    /** Bundle {@code bundleId} with a valid descriptor of connector {@code id} {@code version}. */
    static FakeBundle connector(long bundleId, String id, String version) {
        ObjectNode descriptor = JsonNodeFactory.instance.objectNode()
                .put("id", id).put("version", version).put("name", id.toUpperCase());
        descriptor.putArray("categories").add("testing");
        return new FakeBundle(bundleId, new DescriptorCheck(descriptor, List.of()));
    }

    FakeBundle invalid(String field, String message) {
        check = new DescriptorCheck(check.descriptor(), List.of(new FieldError(field, message)));
        return this;
    }

    FakeBundle inState(int bundleState) {
        state = bundleState;
        return this;
    }

    FakeBundle missing(String requirement) {
        missing.add(requirement);
        return this;
    }

    /** A Connector service registered by this bundle with the descriptor's id and version. */
    FakeBundle withService() {
        return withService(check.id(), check.version());
    }

    FakeBundle withService(String id, String version) {
        services.add(new ServiceKey(id, version));
        return this;
    }

    FakeBundle components(Presence presence, List<String> failures, List<String> waiting) {
        components = new ComponentReport(presence, failures, waiting);
        return this;
    }

    ConnectorBundle build() {
        BundleFacts facts = new BundleFacts(bundleId, "io.test.bundle" + bundleId, "1.0.0", null, state, missing,
                services, components);
        return new ConnectorBundle(check, facts);
    }
}
