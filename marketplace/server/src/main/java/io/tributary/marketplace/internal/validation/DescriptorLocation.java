package io.tributary.marketplace.internal.validation;

import io.tributary.api.connector.Connector;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.Kind;
import io.tributary.archive.ArchiveChecks;
import io.tributary.archive.ArchiveReader;

/**
 * Where a bundle's descriptor is and what kind of listing it makes: exactly one of the headers
 * {@code Tributary-Connector} and {@code Tributary-Integration} names it.
 *
 * @param kind the kind its header says
 * @param path the descriptor's entry
 */
record DescriptorLocation(Kind kind, String path) {

    /** The location, or null after adding why there is none. */
    static DescriptorLocation find(BundleHeaders headers, ArchiveReader archive, Failures failures) {
        String field = Failures.entry(BundleHeaders.MANIFEST);
        String connector = headers.get(Connector.DESCRIPTOR_HEADER);
        String integration = headers.get(IntegrationService.DESCRIPTOR_HEADER);
        if (connector == null && integration == null) {
            failures.add(field, "has neither a " + Connector.DESCRIPTOR_HEADER + " nor a "
                    + IntegrationService.DESCRIPTOR_HEADER + " header naming its descriptor; the marketplace takes"
                    + " connectors and integrations");
            return null;
        }
        if (connector != null && integration != null) {
            failures.add(field, "has both a " + Connector.DESCRIPTOR_HEADER + " and a "
                    + IntegrationService.DESCRIPTOR_HEADER + " header; a bundle is either a connector or an"
                    + " integration");
            return null;
        }
        String header = connector != null ? Connector.DESCRIPTOR_HEADER : IntegrationService.DESCRIPTOR_HEADER;
        String path = connector != null ? connector : integration;
        if (ArchiveChecks.nameProblem(path).isPresent() || !archive.has(path)) {
            failures.add(field, header + " names " + ArchiveChecks.shown(path) + ", but the bundle has no such entry");
            return null;
        }
        return new DescriptorLocation(connector != null ? Kind.CONNECTOR : Kind.INTEGRATION, path);
    }
}
