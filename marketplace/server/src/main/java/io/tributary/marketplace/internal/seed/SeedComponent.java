package io.tributary.marketplace.internal.seed;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.marketplace.internal.catalog.CatalogConfig;
import io.tributary.marketplace.internal.catalog.CatalogSettings;
import io.tributary.signing.KeyException;

/**
 * Publishes the seed directory's jars to the local marketplace at start, then has this runtime trust their
 * publisher once its installer is there. Works on a thread of its own, so the framework's start does not wait for
 * the publishing checks; a failure is logged and never stops the component.
 */
@Component(service = {}, configurationPid = CatalogConfig.PID, immediate = true)
public class SeedComponent {

    /** Who the seeding acts as: an operator not acting for any request, named so in the audit log. */
    static final String OPERATOR = "marketplace";
    private static final Logger LOG = LoggerFactory.getLogger(SeedComponent.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tributary-marketplace-seed");
        thread.setDaemon(true);
        return thread;
    });
    private final IdentityService identity;
    private volatile Optional<Publisher> localPublisher = Optional.empty();
    private volatile MarketplaceInstaller installer;

    @Activate
    public SeedComponent(@Reference MarketplaceCatalog catalog, @Reference IdentityService identity,
            CatalogConfig config) {
        this.identity = identity;
        Seeder seeder = new Seeder(catalog, CatalogSettings.seedDirectory(config),
                CatalogSettings.storageDirectory(config).resolve("local-publisher"));
        worker.execute(() -> seed(seeder));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindInstaller(MarketplaceInstaller bound) {
        installer = bound;
        // queued behind the seeding, so the publisher is known by the time it runs
        worker.execute(this::trustLocalPublisher);
    }

    void unbindInstaller(MarketplaceInstaller unbound) {
        if (installer == unbound) {
            installer = null;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void seed(Seeder seeder) {
        try {
            localPublisher = seeder.seed(operator());
        } catch (IOException | KeyException | RuntimeException e) {
            LOG.warn("The local marketplace's seeds were not published: {}", e.getMessage(), e);
        }
    }

    private void trustLocalPublisher() {
        MarketplaceInstaller current = installer;
        if (current == null || localPublisher.isEmpty()) {
            return;
        }
        try {
            Seeder.trust(current, operator(), localPublisher.get());
        } catch (RuntimeException e) {
            LOG.warn("This runtime could not be made to trust the local marketplace publisher: {}", e.getMessage(),
                    e);
        }
    }

    private Caller operator() {
        return identity.shellOperator(OPERATOR);
    }
}
