package io.tributary.marketplace.internal.catalog;

import java.nio.file.Path;
import java.time.Clock;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.store.Store;
import io.tributary.marketplace.internal.validation.FrameworkResources;
import io.tributary.marketplace.internal.validation.PublishingChecks;
import io.tributary.store.jdbc.Database;

/**
 * The catalog service of this node's marketplace: its rows in the store, its artifacts under the configured storage
 * directory, uploads checked against the running platform. A configuration change restarts it.
 */
@Component(service = MarketplaceCatalog.class, configurationPid = CatalogConfig.PID, immediate = true)
@Designate(ocd = CatalogConfig.class)
public class CatalogComponent extends DefaultMarketplaceCatalog {

    @Activate
    public CatalogComponent(@Reference Store store, CatalogConfig config, BundleContext context) {
        super(new Database(store.dataSource()), artifactStore(CatalogSettings.storageDirectory(config)),
                new PublishingChecks(CatalogSettings.limits(config), new FrameworkResources(context)),
                Clock.systemUTC());
    }

    /** The storage, without the copies of uploads a stop interrupted. */
    private static ArtifactStore artifactStore(Path storage) {
        ArtifactStore store = new ArtifactStore(storage);
        store.clearIncoming();
        return store;
    }
}
