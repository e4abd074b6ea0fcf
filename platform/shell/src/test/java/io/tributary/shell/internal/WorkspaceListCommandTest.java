package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspaceListCommandTest {

    private final FakeTenancy tenancy = new FakeTenancy();
    private final WorkspaceListCommand command = new WorkspaceListCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = new FakeIdentity();
        command.tenancy = tenancy;
        command.session = FakeSession.of("karaf").session();
        tenancy.tenants.add(FakeTenancy.tenant("t-2", "Acme"));
        tenancy.workspaces.add(FakeTenancy.workspace("w-1", "t-1", "Orders", false, 3));
        tenancy.workspaces.add(FakeTenancy.workspace("w-2", "t-1", "Orders sandbox", true, 0));
        tenancy.workspaces.add(FakeTenancy.workspace("w-3", "t-2", "Invoices", false, 1));
    }

    @Test
    void listsTheOperatorsOwnTenantByDefaultWithSandboxAndMemberCount() {
        command.run(out.stream, err.stream);

        assertEquals(List.of("Id | Name | Sandbox | Members", "w-1 | Orders | no | 3",
                "w-2 | Orders sandbox | yes | 0"), out.tableRows());
    }

    @Test
    void listsTheGivenTenant() {
        command.tenantId = "t-2";

        command.run(out.stream, err.stream);

        assertEquals("t-2", tenancy.caller.tenantId());
        assertEquals(List.of("Id | Name | Sandbox | Members", "w-3 | Invoices | no | 1"), out.tableRows());
    }

    @Test
    void refusesAnUnknownTenant() {
        command.tenantId = "t-9";

        command.run(out.stream, err.stream);

        assertEquals("Refused (404 Not Found): no tenant t-9", err.text().strip());
        assertEquals("", out.text());
    }

    @Test
    void saysSoWhenTheTenantHasNoWorkspaces() {
        tenancy.workspaces.clear();

        command.run(out.stream, err.stream);

        assertTrue(out.text().contains("No workspaces"), out.text());
    }
}
