package io.tributary.integrations.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Descriptors of an "orders-sync" integration: version 1.0.0 and an upgrade, 1.1.0. */
final class TestDescriptors {

    static final String LISTING = "orders-sync";

    private TestDescriptors() {
    }

    /** Two slots, settings with defaults, one flow ({@code sync}) from source to destination. */
    static ObjectNode version1() {
        return TestJson.object("""
                { "id": "orders-sync", "name": "Orders sync", "version": "1.0.0", "summary": "Copies orders",
                  "connectors": [ { "id": "jdbc", "version": "[1.0,2.0)" } ],
                  "slots": [ { "name": "source", "title": "Orders database", "connector": "jdbc" },
                             { "name": "destination", "connector": "jdbc" } ],
                  "settings": { "type": "object", "additionalProperties": false,
                    "properties": {
                      "table": { "type": "string", "minLength": 1, "default": "orders" },
                      "keyColumn": { "type": "string", "default": "id" },
                      "cron": { "type": "string", "default": "0 */5 * * * ?" } } },
                  "flows": [ { "key": "sync", "template": {
                    "name": "Sync {{settings.table}}",
                    "description": "Copies {{settings.table}}",
                    "trigger": { "type": "schedule", "cron": "{{settings.cron}}" },
                    "source": { "connection": "{{slots.source}}", "operation": "select",
                                "config": { "table": "{{settings.table}}", "keyColumns": ["{{settings.keyColumn}}"] } },
                    "destinations": [ { "connection": "{{slots.destination}}", "operation": "write",
                                        "config": { "table": "{{settings.table}}_copy" } } ] } } ] }""");
    }

    /**
     * The sync flow's description changed and it gained a map step; a new flow {@code report} using a new slot
     * {@code mail} of a new connector; a new setting with a default; slot {@code destination} kept.
     */
    static ObjectNode version2() {
        ObjectNode descriptor = version1().put("version", "1.1.0");
        descriptor.withArray("/connectors").addObject().put("id", "http").put("version", "[1.0,2.0)");
        descriptor.withArray("/slots").addObject().put("name", "mail").put("title", "Mail API").put("connector", "http");
        ((ObjectNode) descriptor.at("/settings/properties")).putObject("reportPath").put("type", "string")
                .put("default", "/reports");
        ObjectNode sync = (ObjectNode) descriptor.at("/flows/0/template");
        sync.put("description", "Copies {{settings.table}} every few minutes");
        sync.putArray("steps").addObject().put("type", "map").put("expression", "$");
        ArrayNode flows = descriptor.withArray("/flows");
        ObjectNode report = flows.addObject().put("key", "report").putObject("template").put("name", "Report");
        report.putObject("source").put("connection", "{{slots.source}}").put("operation", "select");
        report.putArray("destinations").addObject().put("connection", "{{slots.mail}}").put("operation", "send")
                .putObject("config").put("path", "{{settings.reportPath}}");
        return descriptor;
    }
}
