package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class TenantListCommandTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final FakeTenancy tenancy = new FakeTenancy();
    private final TenantListCommand command = new TenantListCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void wire() {
        command.identity = identity;
        command.tenancy = tenancy;
        command.session = FakeSession.of("alice").session();
    }

    @Test
    void printsOneRowPerTenantWithWhenItWasCreated() {
        tenancy.tenants.add(FakeTenancy.tenant("t-1", "Default"));
        tenancy.tenants.add(FakeTenancy.tenant("t-2", "Acme Corp"));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Id | Name | Created", "t-1 | Default | 2026-11-22T10:15:30Z",
                "t-2 | Acme Corp | 2026-11-22T10:15:30Z"), out.tableRows());
        assertEquals("shell:alice", tenancy.caller.username());
    }

    @Test
    void saysSoWhenThereAreNoTenants() {
        command.run(out.stream, err.stream);

        assertTrue(out.text().contains("No tenants"), out.text());
    }

    @Test
    void printsARefusal() {
        tenancy.refusal = new ProblemException(Problem.of(403, "Forbidden", "operators only"));

        command.run(out.stream, err.stream);

        assertEquals("Refused (403 Forbidden): operators only", err.text().strip());
        assertEquals("", out.text());
    }
}
