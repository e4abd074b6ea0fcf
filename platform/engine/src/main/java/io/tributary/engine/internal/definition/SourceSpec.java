package io.tributary.engine.internal.definition;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A flow's source.
 *
 * @param connectionId the connection to read through
 * @param operation    the source operation
 * @param versionRange the OSGi version range the connector version must fall in
 * @param config       the operation's configuration
 * @param delta        whether runs read only what changed since the flow's watermark
 */
public record SourceSpec(String connectionId, String operation, String versionRange, ObjectNode config,
                         boolean delta) {
}
