/**
 * The runtime side of plugins, as the other platform services see it: which connectors are installed, in which
 * state, and installing or removing them while the platform runs. Connectors never use this package.
 */
@Export
@Version("1.1.0")
package io.tributary.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
