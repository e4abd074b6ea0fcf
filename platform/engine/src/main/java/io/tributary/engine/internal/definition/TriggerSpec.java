package io.tributary.engine.internal.definition;

import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What starts a flow.
 *
 * @param type          manual, schedule or webhook
 * @param quartzCron    for a schedule, the cron as a Quartz expression (a Unix cron is translated); else null
 * @param connectionId  for a webhook with a listener connector, its connection; else null
 * @param operation     the listener operation; null without a connection
 * @param versionRange  the connector version range; null without a connection
 * @param config        the listener operation's config; empty without a connection
 * @param keyOf         for a webhook without a connection: the key of a received object ({@code keyField}, else a
 *                      random UUID); null otherwise
 */
public record TriggerSpec(Type type, String quartzCron, String connectionId, String operation, String versionRange,
                          ObjectNode config, Function<ObjectNode, String> keyOf) {

    public enum Type { MANUAL, SCHEDULE, WEBHOOK }
}
