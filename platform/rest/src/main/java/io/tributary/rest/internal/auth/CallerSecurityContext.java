package io.tributary.rest.internal.auth;

import java.security.Principal;
import java.util.Locale;

import javax.ws.rs.core.SecurityContext;

import io.tributary.api.tenancy.Caller;

/**
 * The security context of an authenticated request. Roles: {@code operator}, and the tenant role in lower case
 * ({@code owner}, {@code admin}, {@code member}); the tenancy services make the real decisions.
 */
final class CallerSecurityContext implements SecurityContext {

    static final String OPERATOR_ROLE = "operator";

    private final CallerPrincipal principal;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.principal = new CallerPrincipal(caller);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        Caller caller = principal.caller();
        if (OPERATOR_ROLE.equals(role)) {
            return caller.operator();
        }
        return caller.tenantRole().name().toLowerCase(Locale.ROOT).equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
