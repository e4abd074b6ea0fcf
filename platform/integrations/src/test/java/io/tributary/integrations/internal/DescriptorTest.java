package io.tributary.integrations.internal;

import static io.tributary.integrations.internal.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.Problem;

class DescriptorTest {

    private final DescriptorSchema schema = new DescriptorSchema();

    @Test
    void readsSlotsConnectorsAndTemplatesInOrder() {
        Descriptor descriptor = Descriptor.read("orders-sync", TestDescriptors.version2(), schema);

        assertEquals(List.of("source", "destination", "mail"), List.copyOf(descriptor.slots().keySet()));
        assertEquals("destination", descriptor.slots().get("destination").title(), "the name stands in for a title");
        assertEquals("[1.0,2.0)", descriptor.connectors().get("http"));
        assertEquals(List.of("sync", "report"), List.copyOf(descriptor.flows().keySet()));
        assertEquals("1.1.0", descriptor.version());
    }

    @Test
    void aDescriptorBreakingTheApiSchemaIsRefused() {
        ObjectNode json = TestDescriptors.version1();
        json.remove("flows");

        Problem problem = assertProblem(422, () -> Descriptor.read("orders-sync", json, schema));

        assertEquals("listingId", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("flows"), problem.errors().toString());
    }

    @Test
    void whatTheSchemaCannotSayIsCheckedToo() {
        ObjectNode json = TestDescriptors.version1();
        json.withArray("/slots").addObject().put("name", "mail").put("connector", "http");
        ((ObjectNode) json.at("/flows/0/template/source")).put("connection", "{{slots.warehouse}}");

        Problem problem = assertProblem(422, () -> Descriptor.read("other-id", json, schema));

        assertEquals(3, problem.errors().size(), problem.errors().toString());
        String messages = problem.errors().toString();
        assertTrue(messages.contains("not the listing's") && messages.contains("connector http")
                && messages.contains("slot warehouse"), messages);
    }

    @Test
    void withoutSettingsSchemaAnyObjectIsAccepted() {
        ObjectNode json = TestDescriptors.version1();
        json.remove("settings");
        ((ObjectNode) json.at("/flows/0/template")).put("name", "Sync");

        assertEquals(TestJson.object("{ \"type\": \"object\" }"),
                Descriptor.read("orders-sync", json, schema).settings());
    }
}
