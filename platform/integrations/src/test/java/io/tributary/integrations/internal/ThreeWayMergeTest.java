package io.tributary.integrations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ThreeWayMergeTest {

    private static JsonNode merge(String base, String mine, String theirs) {
        return ThreeWayMerge.merge(TestJson.object(base), TestJson.object(mine), TestJson.object(theirs));
    }

    @Test
    void aFieldOnlyTheUserChangedKeepsTheUsersValue() {
        assertEquals(TestJson.object("{ \"cron\": \"0 0 * * * ?\", \"table\": \"orders\" }"),
                merge("{ \"cron\": \"0 */5 * * * ?\", \"table\": \"orders\" }",
                        "{ \"cron\": \"0 0 * * * ?\", \"table\": \"orders\" }",
                        "{ \"cron\": \"0 */5 * * * ?\", \"table\": \"orders\" }"));
    }

    @Test
    void aFieldOnlyTheTemplateChangedTakesTheTemplatesValue() {
        assertEquals(TestJson.object("{ \"cron\": \"0 0 * * * ?\", \"table\": \"invoices\" }"),
                merge("{ \"cron\": \"0 */5 * * * ?\", \"table\": \"orders\" }",
                        "{ \"cron\": \"0 0 * * * ?\", \"table\": \"orders\" }",
                        "{ \"cron\": \"0 */5 * * * ?\", \"table\": \"invoices\" }"));
    }

    @Test
    void aFieldBothChangedTakesTheTemplatesValue() {
        assertEquals(TestJson.object("{ \"cron\": \"0 15 * * * ?\" }"),
                merge("{ \"cron\": \"0 */5 * * * ?\" }", "{ \"cron\": \"0 0 * * * ?\" }",
                        "{ \"cron\": \"0 15 * * * ?\" }"));
    }

    @Test
    void objectsMergeKeyByKeyAtAnyDepth() {
        assertEquals(TestJson.object("{ \"source\": { \"config\": { \"table\": \"invoices\", \"where\": \"x > 1\" } } }"),
                merge("{ \"source\": { \"config\": { \"table\": \"orders\" } } }",
                        "{ \"source\": { \"config\": { \"table\": \"orders\", \"where\": \"x > 1\" } } }",
                        "{ \"source\": { \"config\": { \"table\": \"invoices\" } } }"));
    }

    @Test
    void arraysAreValuesNotMergedItemByItem() {
        assertEquals(TestJson.object("{ \"keys\": [\"id\", \"region\"] }"),
                merge("{ \"keys\": [\"id\"] }", "{ \"keys\": [\"id\", \"tenant\"] }",
                        "{ \"keys\": [\"id\", \"region\"] }"));
        assertEquals(TestJson.object("{ \"keys\": [\"id\", \"tenant\"] }"),
                merge("{ \"keys\": [\"id\"] }", "{ \"keys\": [\"id\", \"tenant\"] }", "{ \"keys\": [\"id\"] }"));
    }

    @Test
    void whatTheUserAddedOrRemovedStaysUnlessTheTemplateChangedIt() {
        assertEquals(TestJson.object("{ \"settings\": { \"pageSize\": 1000 }, \"name\": \"n\" }"),
                merge("{ \"name\": \"n\", \"description\": \"d\" }",
                        "{ \"settings\": { \"pageSize\": 1000 }, \"name\": \"n\" }",
                        "{ \"name\": \"n\", \"description\": \"d\" }"));
        assertEquals(TestJson.object("{ \"name\": \"n\", \"description\": \"new\" }"),
                merge("{ \"name\": \"n\", \"description\": \"d\" }", "{ \"name\": \"n\" }",
                        "{ \"name\": \"n\", \"description\": \"new\" }"));
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(TestJson.object("{ \"multiplier\": 3 }"),
                merge("{ \"multiplier\": 2.0 }", "{ \"multiplier\": 2 }", "{ \"multiplier\": 3 }"));
    }
}
