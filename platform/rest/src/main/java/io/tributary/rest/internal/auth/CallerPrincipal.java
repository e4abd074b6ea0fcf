package io.tributary.rest.internal.auth;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;

/**
 * The principal of an authenticated request: the {@link Caller} its bearer token stands for.
 *
 * @param caller who is calling
 */
public record CallerPrincipal(Caller caller) implements Principal {

    /**
     * The caller of a request that passed the authentication filter, for resource methods that take
     * {@code @Context SecurityContext}.
     *
     * @throws IllegalStateException on an endpoint marked {@link Unauthenticated}, which has no caller
     */
    public static Caller callerOf(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new IllegalStateException("No authenticated caller: the endpoint is open or the filter did not run");
    }

    /**
     * The caller, if they operate the platform (tenants, connectors).
     *
     * @throws ProblemException 403 for anyone else
     */
    public static Caller operatorOf(SecurityContext security) {
        Caller caller = callerOf(security);
        if (!caller.operator()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "Only platform operators may do this."));
        }
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
