package io.tributary.integrations.internal;

import static io.tributary.integrations.internal.IntegrationFixture.ADMIN;
import static io.tributary.integrations.internal.ProblemAssert.assertProblem;
import static io.tributary.integrations.internal.TestDescriptors.LISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationSlot;
import io.tributary.api.problem.Problem;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.testing.EachDatabase;

class SlotsAndSettingsTest {

    private static String source(Integration integration) {
        return integration.slots().get(0).connectionId();
    }

    private static JsonNode flow(IntegrationFixture fixture, Integration integration) {
        return fixture.flows.flow(ADMIN, integration.flows().get(0).flowId()).definition();
    }

    @EachDatabase
    void aSlotTakesOnlyAConnectionOfTheWorkspaceWithItsConnectorInRange(IntegrationFixture fixture) {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        String id = integration.id();
        String http = fixture.connections.add(integration.workspaceId(), "api", "http", "1.0.0").id();
        String newer = fixture.connections.add(integration.workspaceId(), "jdbc 2", "jdbc", "2.1.0").id();
        String elsewhere = fixture.connections.add("ws_other", "db", "jdbc", "1.0.0").id();

        Problem problem = assertProblem(422, () -> fixture.service.setConnections(ADMIN, id,
                Map.of("warehouse", http, "source", elsewhere, "destination", newer)));
        assertEquals(3, problem.errors().size());
        assertProblem(422, () -> fixture.service.setConnections(ADMIN, id, Map.of("source", http)));
        assertProblem(422, () -> fixture.service.setConnections(ADMIN, id, Map.of("source", "cn_unknown")));
        assertEquals(source(integration), source(fixture.service.integration(ADMIN, id)));
    }

    @EachDatabase
    void aSlotPointedElsewhereIsFilledAndItsFlowsFollow(IntegrationFixture fixture) {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        String postgres = fixture.connections.add(integration.workspaceId(), "Postgres", "jdbc", "1.4.0").id();

        Integration changed = fixture.service.setConnections(ADMIN, integration.id(), Map.of("source", postgres));

        IntegrationSlot source = changed.slots().get(0);
        assertEquals(postgres, source.connectionId());
        assertTrue(source.filled());
        assertFalse(changed.slots().get(1).filled());
        assertEquals(postgres, flow(fixture, changed).at("/source/connection").asText());
        assertEquals(List.of(changed.flows().get(0).flowId()), fixture.flows.updated);
    }

    @EachDatabase
    void aShellIsFilledOnceSomeoneSavedIt(IntegrationFixture fixture) {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);

        fixture.connections.save(source(integration));

        assertTrue(fixture.service.integration(ADMIN, integration.id()).slots().get(0).filled());
    }

    @EachDatabase
    void movingOneOfTwoSlotsSharingAConnectionMovesOnlyItsPlaces(IntegrationFixture fixture) {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        String shared = fixture.connections.add(integration.workspaceId(), "One database", "jdbc", "1.0.0").id();
        fixture.service.setConnections(ADMIN, integration.id(), Map.of("source", shared, "destination", shared));
        String maria = fixture.connections.add(integration.workspaceId(), "MariaDB", "jdbc", "1.0.0").id();

        Integration moved = fixture.service.setConnections(ADMIN, integration.id(), Map.of("destination", maria));

        assertEquals(shared, flow(fixture, moved).at("/source/connection").asText());
        assertEquals(maria, flow(fixture, moved).at("/destinations/0/connection").asText());
    }

    @EachDatabase
    void monitorsSetNeitherConnectionsNorSettings(IntegrationFixture fixture) {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        var monitor = IntegrationFixture.member(integration.workspaceId(), WorkspaceRole.MONITOR);

        assertProblem(403, () -> fixture.service.setConnections(monitor, integration.id(), Map.of()));
        assertProblem(403, () -> fixture.service.setSettings(monitor, integration.id(), null));
    }

    @EachDatabase
    void newSettingsKeepWhatTheUserChangedAndTakeWhatTheyDecide(IntegrationFixture fixture) {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        String postgres = fixture.connections.add(integration.workspaceId(), "Postgres", "jdbc", "1.0.0").id();
        fixture.service.setConnections(ADMIN, integration.id(), Map.of("source", postgres));
        String flowId = integration.flows().get(0).flowId();
        ObjectNode edited = fixture.flows.flow(ADMIN, flowId).definition().deepCopy();
        edited.withObjectProperty("settings").put("pageSize", 50);
        edited.put("description", "mine");
        ((ObjectNode) edited.at("/trigger")).put("cron", "0 0 * * * ?");
        fixture.flows.update(ADMIN, flowId, edited);
        fixture.flows.enable(ADMIN, flowId, true);

        Integration changed = fixture.service.setSettings(ADMIN, integration.id(),
                TestJson.object("{ \"table\": \"invoices\", \"cron\": \"0 */1 * * * ?\" }"));

        JsonNode flow = flow(fixture, changed);
        assertEquals("Sync invoices", flow.path("name").asText(), "the template's change");
        assertEquals("invoices", flow.at("/source/config/table").asText());
        assertEquals(50, flow.at("/settings/pageSize").asInt(), "the user's change");
        assertTrue(flow.path("enabled").asBoolean(), "whether it runs is the user's");
        assertEquals(postgres, flow.at("/source/connection").asText(), "moving a slot is no user change");
        assertEquals("0 */1 * * * ?", flow.at("/trigger/cron").asText(), "both changed it: the template's");
        assertEquals("Copies invoices", flow.path("description").asText(), "both changed it: the template's");
        assertEquals("invoices", changed.settings().path("table").asText());
    }
}
