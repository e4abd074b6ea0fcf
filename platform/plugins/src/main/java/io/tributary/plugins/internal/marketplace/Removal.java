package io.tributary.plugins.internal.marketplace;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.Kind;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;

/**
 * Uninstalls a marketplace install, unless something still needs it: tenants that installed the integration,
 * other installed items that depend on it, or (unless forced) flows that use the connector.
 */
final class Removal {

    private static final Logger LOG = LoggerFactory.getLogger(Removal.class);

    private final InstalledTable table;
    private final InstalledView view;
    private final Dependents dependents;
    private final Deployment deployment;
    private final ConnectorRegistry registry;
    private final ConnectorUsers users;

    Removal(InstalledTable table, InstalledView view, Dependents dependents, Deployment deployment,
            ConnectorRegistry registry, ConnectorUsers users) {
        this.table = table;
        this.view = view;
        this.dependents = dependents;
        this.deployment = deployment;
        this.registry = registry;
        this.users = users;
    }

    void uninstall(String listingId, boolean force) {
        InstalledRow row = table.find(listingId).orElseThrow(() -> Problems.notFound(listingId
                + " is not installed from a marketplace"));
        String label = row.kind().wire() + " " + listingId + " " + row.version();
        if (row.kind() == Kind.INTEGRATION) {
            int tenants = table.tenantsWithIntegration(listingId);
            if (tenants > 0) {
                throw Problems.conflict(label + " is installed in " + tenants + (tenants == 1 ? " tenant" : " tenants")
                        + ": they uninstall it first");
            }
        }
        long bundleId = view.bundleId(row);
        List<String> needing = dependents.brokenBy(row, bundleId, null);
        if (!needing.isEmpty()) {
            throw Problems.conflict(label + " is needed by " + String.join(", ", needing), "dependents", needing);
        }
        if (row.kind() == Kind.CONNECTOR && !force) {
            List<String> using = users.of(listingId, connectorVersion(row, bundleId));
            if (!using.isEmpty()) {
                throw Problems.conflict(label + " is in use by " + String.join(", ", using)
                        + "; uninstall it with force to remove it anyway", "usage", using);
            }
        }
        try {
            deployment.uninstallFeature(row);
        } catch (Exception e) {
            if (view.bundleId(row) >= 0) {
                throw Problems.failed(label + " could not be uninstalled: " + KarafMessages.readable(e));
            }
            // its bundle is gone already (removed by hand): what is left to do is the book-keeping
            LOG.info("{} was not installed in Karaf any more ({}); removing its records", label, e.getMessage());
        }
        deployment.removeFiles(row);
        table.delete(listingId);
    }

    /** The version flows know the connector by: its descriptor's, as the registry read it. */
    private String connectorVersion(InstalledRow row, long bundleId) {
        return registry.list().stream().filter(info -> info.bundleId() == bundleId).map(ConnectorInfo::version)
                .findFirst().orElse(row.version());
    }
}
