package io.tributary.rest.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.testing.TestCallers;

class CallerSecurityContextTest {

    @Test
    void rolesAreOperatorAndTheTenantRoleInLowerCase() {
        CallerSecurityContext operator = new CallerSecurityContext(TestCallers.OPERATOR, true);
        CallerSecurityContext admin = new CallerSecurityContext(TestCallers.ADMIN, false);

        assertTrue(operator.isUserInRole("operator"));
        assertTrue(operator.isUserInRole("owner"));
        assertFalse(admin.isUserInRole("operator"));
        assertTrue(admin.isUserInRole("admin"));
        assertTrue(operator.isSecure());
    }

    @Test
    void principalCarriesTheCaller() {
        CallerSecurityContext security = new CallerSecurityContext(TestCallers.MANAGER, false);

        assertEquals(TestCallers.MANAGER, CallerPrincipal.callerOf(security));
        assertEquals("manager", security.getUserPrincipal().getName());
    }

    @Test
    void operatorOfRefusesOthersWith403() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CallerPrincipal.operatorOf(new CallerSecurityContext(TestCallers.ADMIN, false)));

        assertEquals(403, refused.problem().status());
    }

    @Test
    void bearerTokenIsParsedFromTheHeader() {
        assertEquals(Optional.of("abc"), AuthenticationFilter.bearerToken("Bearer abc"));
        assertEquals(Optional.of("abc"), AuthenticationFilter.bearerToken("BEARER   abc "));
        assertEquals(Optional.empty(), AuthenticationFilter.bearerToken("Bearer "));
        assertEquals(Optional.empty(), AuthenticationFilter.bearerToken("Basic abc"));
        assertEquals(Optional.empty(), AuthenticationFilter.bearerToken(null));
    }
}
