/**
 * The platform's database, as the other platform services see it. Connectors never use this package.
 */
@Export
@Version("1.0.0")
package io.tributary.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
