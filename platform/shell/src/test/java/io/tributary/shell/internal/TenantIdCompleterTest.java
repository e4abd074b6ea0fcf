package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class TenantIdCompleterTest {

    private final FakeTenancy tenancy = new FakeTenancy();
    private final TenantIdCompleter completer = new TenantIdCompleter();

    @BeforeEach
    void wire() {
        completer.identity = new FakeIdentity();
        completer.tenancy = tenancy;
    }

    @Test
    void offersTheTenantIdsInOrder() {
        tenancy.tenants.add(FakeTenancy.tenant("t-2", "Acme"));
        tenancy.tenants.add(FakeTenancy.tenant("t-1", "Default"));

        assertEquals(List.of("t-1", "t-2"), List.copyOf(completer.ids(FakeSession.of("karaf").session())));
    }

    @Test
    void offersNothingWhenRefused() {
        tenancy.refusal = new ProblemException(Problem.of(403, "Forbidden", "operators only"));

        assertTrue(completer.ids(FakeSession.of("karaf").session()).isEmpty());
    }
}
