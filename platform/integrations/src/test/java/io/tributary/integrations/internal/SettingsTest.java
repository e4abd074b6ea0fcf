package io.tributary.integrations.internal;

import static io.tributary.integrations.internal.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;

class SettingsTest {

    private static final ObjectNode SCHEMA = TestJson.object("""
            { "type": "object", "required": ["table"], "additionalProperties": false,
              "properties": {
                "table": { "type": "string", "minLength": 1 },
                "cron": { "type": "string", "default": "0 */5 * * * ?" },
                "pageSize": { "type": "integer", "minimum": 1, "default": 500 },
                "target": { "type": "object", "properties": { "schema": { "type": "string", "default": "public" },
                                                              "table": { "type": "string" } } } } }""");

    @Test
    void defaultsFillWhatIsLeftOutAtAnyDepth() {
        ObjectNode given = TestJson.object("{ \"table\": \"orders\", \"pageSize\": 50, \"target\": {} }");

        assertEquals(TestJson.object("""
                { "table": "orders", "pageSize": 50, "target": { "schema": "public" },
                  "cron": "0 */5 * * * ?" }"""), Settings.complete(SCHEMA, given));
        assertEquals(TestJson.object("{ \"table\": \"orders\", \"pageSize\": 50, \"target\": {} }"), given);
    }

    @Test
    void eachBrokenRuleIsNamedBySettingsField() {
        Problem problem = assertProblem(422, () -> Settings.complete(SCHEMA,
                TestJson.object("{ \"pageSize\": 0, \"colour\": \"red\" }")));

        assertEquals(List.of("settings.colour", "settings.pageSize", "settings.table"),
                problem.errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void noSettingsMeanTheDefaults() {
        ObjectNode schema = TestJson.object("{ \"type\": \"object\", \"properties\": { \"n\": { \"default\": 1 } } }");

        assertEquals(TestJson.object("{ \"n\": 1 }"), Settings.complete(schema, null));
    }

    @Test
    void carriedOverSettingsLoseWhatTheNewSchemaNoLongerTakes() {
        ObjectNode installed = TestJson.object("{ \"table\": \"orders\", \"retired\": 1, \"cron\": \"0 0 * * * ?\" }");

        assertEquals(TestJson.object("{ \"table\": \"orders\", \"cron\": \"0 0 * * * ?\", \"pageSize\": 500 }"),
                Settings.carriedOver(SCHEMA, installed));
        assertEquals(installed, Settings.carriedOver(TestJson.object("{ \"type\": \"object\" }"), installed));
    }
}
