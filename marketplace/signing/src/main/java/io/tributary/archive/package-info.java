/**
 * The checks every uploaded artifact's archive passes, shared by the marketplace's publishing checks and the
 * runtime's connector installer: size, entry count, entry names and the bytes it unpacks to, and bounded reads of
 * its entries. JDK only.
 */
@Export
@Version("1.0.0")
package io.tributary.archive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
