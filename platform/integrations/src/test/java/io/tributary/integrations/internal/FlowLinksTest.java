package io.tributary.integrations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.integrations.internal.FlowLinks.Move;

class FlowLinksTest {

    /** A connection in every place the flow format has one. */
    private static final String EVERYWHERE = """
            { "trigger": { "type": "webhook", "connection": "%1$s", "operation": "webhook" },
              "steps": [
                { "type": "lookup", "connection": "%1$s", "operation": "get", "as": "x" },
                { "type": "branch", "routes": [
                  { "steps": [ { "type": "lookup", "connection": "%1$s", "operation": "get", "as": "y" } ],
                    "destinations": [ { "connection": "%1$s", "operation": "send" } ] } ] } ],
              "destinations": [ { "connection": "%1$s", "operation": "send", "config": { "connection": "%1$s" } } ] }""";

    @Test
    void aConnectionOnlyOneSlotUsedMovesEverywhereTheFormatNamesConnections() {
        ObjectNode flow = TestJson.object(EVERYWHERE.formatted("cn_old"));
        ObjectNode base = TestJson.object(EVERYWHERE.formatted("{{slots.target}}"));

        ObjectNode relinked = FlowLinks.relink(flow, base, List.of(new Move("target", "cn_old", "cn_new", true)));

        ObjectNode expected = TestJson.object(EVERYWHERE.formatted("cn_new"));
        ((ObjectNode) expected.at("/destinations/0/config")).put("connection", "cn_old"); // an operation's config
        assertEquals(expected, relinked);
        assertEquals(TestJson.object(EVERYWHERE.formatted("cn_old")), flow, "the flow given is left alone");
    }

    @Test
    void aSharedConnectionMovesOnlyWhereTheTemplatePutsTheSlot() {
        ObjectNode flow = TestJson.object("""
                { "source": { "connection": "cn_db" }, "destinations": [ { "connection": "cn_db" } ] }""");
        ObjectNode base = TestJson.object("""
                { "source": { "connection": "{{slots.source}}" },
                  "destinations": [ { "connection": "{{slots.destination}}" } ] }""");

        ObjectNode relinked = FlowLinks.relink(flow, base, List.of(new Move("destination", "cn_db", "cn_maria", false)));

        assertEquals(TestJson.object("""
                { "source": { "connection": "cn_db" }, "destinations": [ { "connection": "cn_maria" } ] }"""),
                relinked);
    }

    @Test
    void twoSlotsCanSwapTheirConnections() {
        ObjectNode flow = TestJson.object("""
                { "source": { "connection": "cn_a" }, "destinations": [ { "connection": "cn_b" } ] }""");
        ObjectNode base = TestJson.object("""
                { "source": { "connection": "{{slots.source}}" },
                  "destinations": [ { "connection": "{{slots.destination}}" } ] }""");

        ObjectNode relinked = FlowLinks.relink(flow, base, List.of(new Move("source", "cn_a", "cn_b", false),
                new Move("destination", "cn_b", "cn_a", false)));

        assertEquals(TestJson.object("""
                { "source": { "connection": "cn_b" }, "destinations": [ { "connection": "cn_a" } ] }"""), relinked);
    }
}
