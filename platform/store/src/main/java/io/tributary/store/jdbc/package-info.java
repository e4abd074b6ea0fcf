/**
 * Small JDBC helpers shared by the platform bundles that keep their data in the store's database (tenancy, engine,
 * alerts), so that one implementation decides how transactions are bound, how SQL failures are classified and how
 * parameters and times are bound on both Derby and PostgreSQL.
 *
 * <p>{@link io.tributary.store.jdbc.Database} runs work in a transaction bound to the thread, so that nested calls
 * join it; {@link io.tributary.store.jdbc.DatabaseException} is the unchecked failure it throws;
 * {@link io.tributary.store.jdbc.Jdbc} runs statements with bound parameters, times in UTC.
 */
@Export
@Version("1.1.0")
package io.tributary.store.jdbc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
