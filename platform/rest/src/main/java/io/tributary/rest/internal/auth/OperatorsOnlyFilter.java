package io.tributary.rest.internal.auth;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;

/** Refuses callers who do not operate the platform on {@link OperatorsOnly} endpoints, right after authentication. */
@OperatorsOnly
@Priority(Priorities.AUTHORIZATION)
public final class OperatorsOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        CallerPrincipal.operatorOf(request.getSecurityContext());
    }
}
