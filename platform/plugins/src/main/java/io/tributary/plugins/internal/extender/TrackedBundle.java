package io.tributary.plugins.internal.extender;

import org.osgi.framework.Bundle;

import io.tributary.plugins.internal.descriptor.DescriptorCheck;

/**
 * A bundle with a Tributary-Connector header and its descriptor as read from the bundle's current content.
 *
 * @param bundle       the bundle
 * @param check        its descriptor and every failure found in it
 * @param lastModified the bundle's last modification when the descriptor was read; a later update re-reads it
 */
record TrackedBundle(Bundle bundle, DescriptorCheck check, long lastModified) {
}
