package io.tributary.store.internal;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.store.Store;

/**
 * Publishes the {@link Store} once the pooled data source from pax-jdbc-config is migrated. A failure in the
 * constructor means SCR registers no service, so nothing can use a database whose schema is not ready.
 */
@Component(service = Store.class, immediate = true)
public class StoreComponent implements Store {

    static final String MIGRATION_ROOT = "db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    private final DatabaseStore store;

    @Activate
    public StoreComponent(
            @Reference(name = "dataSource", target = "(dataSourceName=tributary)") DataSource dataSource,
            BundleContext context) {
        try {
            store = DatabaseStore.open(dataSource, new BundleScriptSource(context.getBundle(), MIGRATION_ROOT));
        } catch (RuntimeException e) {
            LOG.error("Tributary store not started, no Store service: {}", e.getMessage(), e);
            throw e;
        }
    }

    @Override
    public String kind() {
        return store.kind();
    }

    @Override
    public int schemaVersion() {
        return store.schemaVersion();
    }

    @Override
    public DataSource dataSource() {
        return store.dataSource();
    }

    @Override
    public boolean isAvailable(int timeoutSeconds) {
        return store.isAvailable(timeoutSeconds);
    }
}
