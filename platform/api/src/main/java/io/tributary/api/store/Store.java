package io.tributary.api.store;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's database with its schema migrated to the version this platform needs. The service is
 * registered only once migrations have been applied, so holding one means the schema is ready.
 */
@ProviderType
public interface Store {

    /** The database kind, {@code derby} or {@code postgresql}. */
    String kind();

    /** The highest schema migration applied. */
    int schemaVersion();

    /** The pooled data source the schema lives in. */
    DataSource dataSource();

    /** Whether the database answers a validation query now, within {@code timeoutSeconds}. */
    boolean isAvailable(int timeoutSeconds);
}
