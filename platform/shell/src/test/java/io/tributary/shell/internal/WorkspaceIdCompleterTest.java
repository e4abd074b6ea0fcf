package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WorkspaceIdCompleterTest {

    @Test
    void offersTheWorkspaceIdsOfTheOperatorsTenantInOrder() {
        FakeTenancy tenancy = new FakeTenancy();
        tenancy.workspaces.add(FakeTenancy.workspace("w-2", FakeIdentity.FIRST_TENANT, "Orders", false, 0));
        tenancy.workspaces.add(FakeTenancy.workspace("w-1", FakeIdentity.FIRST_TENANT, "Hooks", false, 0));
        tenancy.workspaces.add(FakeTenancy.workspace("w-9", "t-other", "Elsewhere", false, 0));
        WorkspaceIdCompleter completer = new WorkspaceIdCompleter();
        completer.identity = new FakeIdentity();
        completer.tenancy = tenancy;

        assertEquals(List.of("w-1", "w-2"), List.copyOf(completer.ids(FakeSession.of("karaf").session())));
    }
}
