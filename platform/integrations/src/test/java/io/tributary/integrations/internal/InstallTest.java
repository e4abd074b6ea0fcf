package io.tributary.integrations.internal;

import static io.tributary.integrations.internal.IntegrationFixture.ADMIN;
import static io.tributary.integrations.internal.IntegrationFixture.OTHER_TENANT_ADMIN;
import static io.tributary.integrations.internal.ProblemAssert.assertProblem;
import static io.tributary.integrations.internal.TestDescriptors.LISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationFlow;
import io.tributary.api.marketplace.IntegrationSlot;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.testing.EachDatabase;

class InstallTest {

    @EachDatabase
    void installMakesAWorkspaceWithAShellPerSlotAndDisabledFlows(IntegrationFixture fixture) throws Exception {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null,
                TestJson.object("{ \"table\": \"invoices\" }"));

        assertEquals(List.of("orders-sync [1.0.0,1.0.0]", "jdbc [1.0,2.0)"), fixture.marketplace.ensured);
        assertEquals("Orders sync", fixture.tenancy.workspaces(ADMIN).get(0).name());
        JsonNode shells = fixture.tenancy.imported.get(0).path("connections");
        assertEquals(TestJson.object("""
                { "id": "slot:source", "name": "Orders database", "connector": { "id": "jdbc", "version": "1.0.0" },
                  "config": {} }"""), shells.get(0));
        assertEquals("destination", shells.get(1).path("name").asText(), "named by title, else by name");
        assertEquals(List.of("source", "destination"), integration.slots().stream().map(IntegrationSlot::name).toList());
        IntegrationSlot source = integration.slots().get(0);
        assertEquals(new IntegrationSlot("source", "Orders database", "jdbc", "[1.0,2.0)", source.connectionId(),
                false), source);
        assertEquals(TestJson.object("{ \"table\": \"invoices\", \"keyColumn\": \"id\", \"cron\": \"0 */5 * * * ?\" }"),
                integration.settings());
        IntegrationFlow flow = integration.flows().get(0);
        assertEquals(new IntegrationFlow("sync", flow.flowId(), "Sync invoices", false), flow);
        Flow stored = fixture.flows.flow(ADMIN, flow.flowId());
        assertEquals(source.connectionId(), stored.definition().at("/source/connection").asText());
        assertEquals("[\"id\"]", stored.definition().at("/source/config/keyColumns").toString());
        assertEquals("invoices_copy", stored.definition().at("/destinations/0/config/table").asText());
        Map<String, String> row = fixture.database.rows("integration").get(0);
        assertEquals(integration.workspaceId(), row.get("workspace_id"));
        assertEquals("ada", row.get("installed_by"));
        assertEquals(1, fixture.database.rows("integration_flow").size());
        assertEquals(List.of(integration), fixture.service.integrations(ADMIN));
    }

    @EachDatabase
    void onlyTenantAdminsInstall(IntegrationFixture fixture) throws Exception {
        assertProblem(403, () -> fixture.service.install(IntegrationFixture.member("ws_1", WorkspaceRole.MANAGE),
                LISTING, null, null, null));

        assertEquals(List.of(), fixture.marketplace.ensured);
    }

    @EachDatabase
    void badSettingsAreRefusedByTheirFieldBeforeAnythingIsMade(IntegrationFixture fixture) throws Exception {
        Problem problem = assertProblem(422, () -> fixture.service.install(ADMIN, LISTING, null, null,
                TestJson.object("{ \"table\": \"\", \"colour\": \"red\" }")));

        assertEquals(List.of("settings.colour", "settings.table"),
                problem.errors().stream().map(FieldError::field).sorted().toList());
        assertEquals(List.of("orders-sync null"), fixture.marketplace.ensured, "no connector installed for it");
        assertEquals(List.of(), fixture.database.rows("workspace"));
    }

    @EachDatabase
    void aFlowTheEngineRefusesLeavesNothingBehind(IntegrationFixture fixture) throws Exception {
        Problem problem = assertProblem(422, () -> fixture.service.install(ADMIN, LISTING, null, null,
                TestJson.object("{ \"table\": \"refused\" }")));

        assertEquals("flows.sync.source.config.table", problem.errors().get(0).field());
        assertEquals(List.of(), fixture.database.rows("workspace"), "the workspace was rolled back");
        assertEquals(List.of(), fixture.database.rows("integration"));
    }

    @EachDatabase
    void workspaceNamesAreTheIntegrationsMadeUniqueOrTheGivenOne(IntegrationFixture fixture) throws Exception {
        fixture.service.install(ADMIN, LISTING, null, null, null);
        Integration second = fixture.service.install(ADMIN, LISTING, null, null, null);
        fixture.service.install(ADMIN, LISTING, null, "Warehouse", null);

        assertEquals("1.1.0", second.version(), "the highest version when none is asked for");
        assertEquals(List.of("Orders sync", "Orders sync (2)", "Warehouse"), fixture.tenancy.workspaces(ADMIN)
                .stream().map(Workspace::name).sorted().toList());
        Problem taken = assertProblem(409, () -> fixture.service.install(ADMIN, LISTING, null, "Warehouse", null));
        assertEquals("workspaceName", taken.errors().get(0).field());
    }

    @EachDatabase
    void integrationsAreSeenByThoseWhoSeeTheirWorkspace(IntegrationFixture fixture) throws Exception {
        Integration integration = fixture.service.install(ADMIN, LISTING, null, null, null);
        var monitor = IntegrationFixture.member(integration.workspaceId(), WorkspaceRole.MONITOR);
        var outsider = IntegrationFixture.member("ws_other", WorkspaceRole.MANAGE);

        assertEquals(integration, fixture.service.integration(monitor, integration.id()));
        assertEquals(List.of(), fixture.service.integrations(outsider));
        assertProblem(404, () -> fixture.service.integration(outsider, integration.id()));
        assertProblem(404, () -> fixture.service.integration(OTHER_TENANT_ADMIN, integration.id()));
        assertEquals(List.of(), fixture.service.integrations(OTHER_TENANT_ADMIN));
        assertProblem(403, () -> fixture.service.uninstall(monitor, integration.id()));
    }

    @EachDatabase
    void aFlowAUserDeletedIsLeftOut(IntegrationFixture fixture) throws Exception {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.1.0", null, null);
        fixture.flows.delete(ADMIN, integration.flows().get(0).flowId());

        assertEquals(List.of("sync"), fixture.service.integration(ADMIN, integration.id()).flows().stream()
                .map(IntegrationFlow::template).toList());
    }

    @EachDatabase
    void uninstallDeletesItsFlowsAndKeepsTheWorkspaceAndConnections(IntegrationFixture fixture) throws Exception {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.1.0", null, null);
        fixture.flows.delete(ADMIN, integration.flows().get(0).flowId()); // gone already: no matter

        fixture.service.uninstall(ADMIN, integration.id());

        assertEquals(List.of(), fixture.flows.flows(ADMIN, integration.workspaceId()));
        assertEquals(List.of(), fixture.database.rows("integration"));
        assertEquals(List.of(), fixture.database.rows("integration_flow"));
        assertEquals(1, fixture.database.rows("workspace").size());
        assertEquals(3, fixture.connections.connections(ADMIN, integration.workspaceId()).size());
        assertProblem(404, () -> fixture.service.integration(ADMIN, integration.id()));
    }

    @EachDatabase
    void anUpdateShowsOnlyWhenTheCatalogHasAnInstallableHigherVersion(IntegrationFixture fixture) throws Exception {
        Integration integration = fixture.service.install(ADMIN, LISTING, "1.0.0", null, null);
        assertNull(integration.availableUpdate());

        fixture.catalog.add(LISTING, "1.0.0", VersionStatus.ACTIVE);
        fixture.catalog.add(LISTING, "1.1.0", VersionStatus.DEPRECATED);
        fixture.catalog.add(LISTING, "1.2.0", VersionStatus.YANKED);

        assertEquals("1.1.0", fixture.service.integration(ADMIN, integration.id()).availableUpdate());
    }
}
