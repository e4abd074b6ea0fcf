package io.tributary.plugins.internal.registry;

import io.tributary.plugins.internal.descriptor.DescriptorCheck;

/**
 * One tracked connector bundle: its descriptor as read when it was installed, and the framework's facts now.
 *
 * @param check the descriptor and its failures
 * @param facts what the framework knows about the bundle
 */
public record ConnectorBundle(DescriptorCheck check, BundleFacts facts) {
}
