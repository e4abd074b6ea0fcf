package io.tributary.integrations.internal;

import java.util.Optional;
import java.util.function.Supplier;

import io.tributary.api.flow.FlowService;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.TenancyService;

/**
 * The platform services installed integrations are made of.
 *
 * @param catalog this node's marketplace catalog, for available updates; empty when the node runs none
 */
record Platform(TenancyService tenancy, ConnectionService connections, FlowService flows,
                MarketplaceInstaller installer, ConnectorRegistry registry,
                Supplier<Optional<MarketplaceCatalog>> catalog) {
}
