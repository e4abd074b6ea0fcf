package io.tributary.integrations.internal;

import static io.tributary.integrations.internal.IntegrationFixture.ADMIN;
import static io.tributary.integrations.internal.ProblemAssert.assertProblem;
import static io.tributary.integrations.internal.TestDescriptors.LISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationFlow;
import io.tributary.api.marketplace.IntegrationSlot;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.Problem;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.testing.EachDatabase;

class UpgradeTest {

    @EachDatabase
    void aTenantUpgradesWhileTheRuntimeKeepsAnotherVersionForOthers(IntegrationFixture fixture) {
        Integration installed = fixture.service.install(ADMIN, LISTING, "1.0.0", null,
                TestJson.object("{ \"table\": \"invoices\" }"));
        fixture.marketplace.installedIntegrations.put(LISTING, "1.0.0");

        Integration upgraded = fixture.service.upgrade(ADMIN, installed.id(), "1.1.0");

        assertEquals("1.1.0", upgraded.version());
        assertEquals("/reports", upgraded.settings().path("reportPath").asText(), "read from 1.1.0's descriptor");
        assertEquals("1.0.0", fixture.marketplace.installedIntegrations.get(LISTING));
    }

    @EachDatabase
    void anUpgradeKeepsUserChangesAndAddsWhatTheVersionBrings(IntegrationFixture fixture) throws Exception {
        Integration installed = fixture.service.install(ADMIN, LISTING, "1.0.0", null,
                TestJson.object("{ \"table\": \"invoices\" }"));
        String postgres = fixture.connections.add(installed.workspaceId(), "Postgres", "jdbc", "1.0.0").id();
        fixture.service.setConnections(ADMIN, installed.id(), Map.of("source", postgres));
        String syncId = installed.flows().get(0).flowId();
        ObjectNode edited = fixture.flows.flow(ADMIN, syncId).definition().deepCopy();
        edited.withObjectProperty("settings").put("pageSize", 50);
        ((ObjectNode) edited.at("/source/config")).put("where", "total > 0");
        fixture.flows.update(ADMIN, syncId, edited);
        fixture.clock.advance(Duration.ofHours(1));

        Integration upgraded = fixture.service.upgrade(ADMIN, installed.id(), "1.1.0");

        assertEquals("1.1.0", upgraded.version());
        assertTrue(fixture.marketplace.ensured.containsAll(List.of("orders-sync [1.1.0,1.1.0]", "http [1.0,2.0)")));
        assertEquals(TestJson.object("""
                { "table": "invoices", "keyColumn": "id", "cron": "0 */5 * * * ?", "reportPath": "/reports" }"""),
                upgraded.settings(), "the settings kept, the new one with its default");
        JsonNode sync = fixture.flows.flow(ADMIN, syncId).definition();
        assertEquals("Copies invoices every few minutes", sync.path("description").asText());
        assertEquals("$", sync.at("/steps/0/expression").asText());
        assertEquals(50, sync.at("/settings/pageSize").asInt());
        assertEquals("total > 0", sync.at("/source/config/where").asText());
        assertEquals(postgres, sync.at("/source/connection").asText());
        IntegrationSlot mail = upgraded.slots().get(2);
        assertEquals(List.of("mail", "Mail API", "http", false), List.of(mail.name(), mail.title(),
                mail.connectorId(), mail.filled()));
        IntegrationFlow report = upgraded.flows().get(0);
        assertEquals("report", report.template());
        assertFalse(report.enabled());
        JsonNode reportFlow = fixture.flows.flow(ADMIN, report.flowId()).definition();
        assertEquals(mail.connectionId(), reportFlow.at("/destinations/0/connection").asText());
        assertEquals(postgres, reportFlow.at("/source/connection").asText());
        assertEquals("/reports", reportFlow.at("/destinations/0/config/path").asText());
        assertEquals(installed.installedAt().plus(Duration.ofHours(1)), upgraded.updatedAt());
    }

    @EachDatabase
    void flowsAndSlotsAVersionDropsAreRemovedButTheirConnectionsStay(IntegrationFixture fixture) throws Exception {
        Integration installed = fixture.service.install(ADMIN, LISTING, "1.1.0", null, null);
        fixture.marketplace.publish(TestDescriptors.version1().put("version", "1.2.0"));

        Integration upgraded = fixture.service.upgrade(ADMIN, installed.id(), "1.2.0");

        assertEquals(List.of("sync"), upgraded.flows().stream().map(IntegrationFlow::template).toList());
        assertEquals(1, fixture.flows.flows(ADMIN, installed.workspaceId()).size());
        assertEquals(List.of("source", "destination"), upgraded.slots().stream().map(IntegrationSlot::name).toList());
        assertEquals(3, fixture.connections.connections(ADMIN, installed.workspaceId()).size());
        assertEquals(1, fixture.database.rows("integration_flow").size());
    }

    @EachDatabase
    void withoutVersionTheCatalogsAvailableUpdateIsTaken(IntegrationFixture fixture) throws Exception {
        Integration installed = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        Problem none = assertProblem(422, () -> fixture.service.upgrade(ADMIN, installed.id(), null));
        fixture.catalog.add(LISTING, "1.1.0", VersionStatus.ACTIVE);

        assertEquals("version", none.errors().get(0).field());
        assertEquals("1.1.0", fixture.service.upgrade(ADMIN, installed.id(), null).version());
    }

    @EachDatabase
    void onlyAHigherVersionIsAnUpgradeAndOnlyForAdmins(IntegrationFixture fixture) throws Exception {
        Integration installed = fixture.service.install(ADMIN, LISTING, "1.1.0", null, null);
        var manager = IntegrationFixture.member(installed.workspaceId(), WorkspaceRole.MANAGE);

        assertEquals("version", assertProblem(422, () -> fixture.service.upgrade(ADMIN, installed.id(), "1.0.0"))
                .errors().get(0).field());
        assertProblem(422, () -> fixture.service.upgrade(ADMIN, installed.id(), "1.1.0"));
        assertProblem(403, () -> fixture.service.upgrade(manager, installed.id(), "1.2.0"));
        assertEquals(1, fixture.database.rows("integration").size());
    }
}
