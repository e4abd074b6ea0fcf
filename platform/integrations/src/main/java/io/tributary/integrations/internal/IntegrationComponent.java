package io.tributary.integrations.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tributary.api.flow.FlowService;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.store.jdbc.Database;

/**
 * The integration service on the platform's store. Its transactions are joined by the tenancy and flow services,
 * which use the same data source. The marketplace catalog only tells about updates and a node may run none, so it
 * may come and go.
 */
@Component(service = IntegrationService.class)
public class IntegrationComponent extends DefaultIntegrationService {

    private final AtomicReference<MarketplaceCatalog> catalog;

    @Activate
    public IntegrationComponent(@Reference Store store, @Reference TenancyService tenancy,
            @Reference ConnectionService connections, @Reference FlowService flows,
            @Reference MarketplaceInstaller installer, @Reference ConnectorRegistry registry) {
        this(store, tenancy, connections, flows, installer, registry, new AtomicReference<>());
    }

    private IntegrationComponent(Store store, TenancyService tenancy, ConnectionService connections,
            FlowService flows, MarketplaceInstaller installer, ConnectorRegistry registry,
            AtomicReference<MarketplaceCatalog> catalog) {
        super(new Platform(tenancy, connections, flows, installer, registry, () -> Optional.ofNullable(catalog.get())),
                new Database(store.dataSource()), Clock.systemUTC());
        this.catalog = catalog;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetCatalog")
    void setCatalog(MarketplaceCatalog bound) {
        catalog.set(bound);
    }

    void unsetCatalog(MarketplaceCatalog unbound) {
        catalog.compareAndSet(unbound, null);
    }
}
