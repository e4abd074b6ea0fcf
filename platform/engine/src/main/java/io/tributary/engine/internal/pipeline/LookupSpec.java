package io.tributary.engine.internal.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A lookup step's source, as defined.
 *
 * @param path         the step's path
 * @param connectionId the connection to read through
 * @param operation    the source operation
 * @param versionRange the OSGi version range the connector version must fall in
 * @param config       the operation's configuration, before a call's {@code params} are merged in
 */
public record LookupSpec(String path, String connectionId, String operation, String versionRange,
                         ObjectNode config) {
}
