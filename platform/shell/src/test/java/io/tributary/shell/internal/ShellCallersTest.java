package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;

class ShellCallersTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final FakeTenancy tenancy = new FakeTenancy();

    @Test
    void actsAsTheOperatorNamedAfterTheSessionUser() {
        Caller operator = ShellCallers.operator(identity, FakeSession.of("alice").session());

        assertEquals("alice", identity.shellUser);
        assertEquals("shell:alice", operator.username());
    }

    @Test
    void fallsBackToKarafWhenNoOneIsNamed() {
        assertEquals("karaf", ShellCallers.userName(new FakeSession().session()));
        assertEquals("karaf", ShellCallers.userName(FakeSession.of(" ").session()));
    }

    @Test
    void staysInItsOwnTenantWhenNoneOrItsOwnIsGiven() {
        Caller operator = ShellCallers.operatorIn(identity, tenancy, FakeSession.of("alice").session(), null);
        Caller sameTenant = ShellCallers.operatorIn(identity, tenancy, FakeSession.of("alice").session(), "t-1");

        assertEquals(FakeIdentity.FIRST_TENANT, operator.tenantId());
        assertEquals(operator, sameTenant);
    }

    @Test
    void actsInAnotherTenantWithTheSameRights() {
        tenancy.tenants.add(FakeTenancy.tenant("t-2", "Acme"));

        Caller caller = ShellCallers.operatorIn(identity, tenancy, FakeSession.of("alice").session(), "t-2");

        assertEquals("t-2", caller.tenantId());
        assertEquals("shell:alice", caller.username());
        assertSame(TenantRole.OWNER, caller.tenantRole());
        assertTrue(caller.operator());
        assertTrue(caller.workspaces().isEmpty());
    }

    @Test
    void refusesAnUnknownTenant() {
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> ShellCallers.operatorIn(identity, tenancy, FakeSession.of("alice").session(), "t-9"));

        assertEquals(404, refusal.problem().status());
    }
}
