package io.tributary.integrations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class PlaceholdersTest {

    private static final ObjectNode SETTINGS = TestJson.object("""
            { "cron": "0 */5 * * * ?", "pageSize": 250, "keys": ["id", "region"], "strict": true,
              "target": { "table": "orders", "schema": "sales" }, "nothing": null }""");

    private static ObjectNode render(String template) {
        return Placeholders.slots(Map.of("source", "cn_1"))
                .render(Placeholders.settings(SETTINGS).render(TestJson.object(template)));
    }

    @Test
    void aWholeStringSettingKeepsItsJsonType() {
        ObjectNode rendered = render("""
                { "n": "{{settings.pageSize}}", "a": "{{settings.keys}}", "b": "{{ settings.strict }}",
                  "o": "{{settings.target}}", "z": "{{settings.nothing}}" }""");

        assertEquals(TestJson.object("""
                { "n": 250, "a": ["id", "region"], "b": true, "o": { "table": "orders", "schema": "sales" },
                  "z": null }"""), rendered);
    }

    @Test
    void insideALongerStringASettingIsText() {
        ObjectNode rendered = render("""
                { "name": "Sync {{settings.target.table}} every {{settings.pageSize}} rows",
                  "keys": "by {{settings.keys}}", "missing": "[{{settings.unknown}}]" }""");

        assertEquals("Sync orders every 250 rows", rendered.path("name").asText());
        assertEquals("by [\"id\",\"region\"]", rendered.path("keys").asText());
        assertEquals("[]", rendered.path("missing").asText());
    }

    @Test
    void aSettingWithoutValueLeavesItsFieldOrItemOut() {
        ObjectNode rendered = render("""
                { "config": { "table": "t", "where": "{{settings.where}}" },
                  "columns": ["id", "{{settings.extra}}", "total"] }""");

        assertEquals(TestJson.object("{ \"config\": { \"table\": \"t\" }, \"columns\": [\"id\", \"total\"] }"),
                rendered);
    }

    @Test
    void slotsBecomeTheirConnectionWholeOrInText() {
        ObjectNode rendered = render("""
                { "source": { "connection": "{{slots.source}}" }, "description": "reads {{slots.source}}",
                  "other": "{{slots.unknown}}" }""");

        assertEquals("cn_1", rendered.at("/source/connection").asText());
        assertEquals("reads cn_1", rendered.path("description").asText());
        assertEquals("{{slots.unknown}}", rendered.path("other").asText());
    }

    @Test
    void settingsRenderingLeavesSlotsAndSlotsRenderingLeavesSettings() {
        ObjectNode template = TestJson.object("""
                { "connection": "{{slots.source}}", "cron": "{{settings.cron}}" }""");

        assertEquals(TestJson.object("{ \"connection\": \"{{slots.source}}\", \"cron\": \"0 */5 * * * ?\" }"),
                Placeholders.settings(SETTINGS).render(template));
        assertEquals(TestJson.object("{ \"connection\": \"cn_1\", \"cron\": \"{{settings.cron}}\" }"),
                Placeholders.slots(Map.of("source", "cn_1")).render(template));
        assertEquals("{{slots.source}}", template.path("connection").asText(), "the template is left alone");
    }

    @Test
    void findsTheSlotsATemplateUses() {
        assertEquals(Set.of("source", "target"), Placeholders.slotsUsed(TestJson.object("""
                { "a": "{{slots.source}}", "b": ["x {{slots.target}} y"], "c": "{{settings.source}}" }""")));
    }
}
