package io.tributary.rest.internal.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import io.tributary.api.problem.Problem;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.rest.internal.problem.Problems;

/**
 * Lets a request through only with a bearer token the identity service knows, except to endpoints marked
 * {@link Unauthenticated}. It runs after matching, so it knows the resource method; the token itself is never
 * logged, echoed or kept.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

    /** The {@code WWW-Authenticate} challenge of RFC 6750. */
    public static final String CHALLENGE = "Bearer realm=\"tributary\"";

    private static final String BEARER = "bearer ";

    private final Supplier<Optional<IdentityService>> identity;

    @Context
    private ResourceInfo resource;

    /** @param identity the identity service, absent while the tenancy bundle is not running */
    public AuthenticationFilter(Supplier<Optional<IdentityService>> identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isOpen()) {
            return;
        }
        Optional<IdentityService> service = identity.get();
        if (service.isEmpty()) {
            request.abortWith(Problems.response(Problem.of(503, Problems.title(503),
                    "Authentication is not available: the tenancy service is not running.")));
            return;
        }
        Optional<String> token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            request.abortWith(unauthorized(CHALLENGE, "This endpoint needs an 'Authorization: Bearer' token."));
            return;
        }
        Optional<Caller> caller = service.get().authenticate(token.get());
        if (caller.isEmpty()) {
            request.abortWith(unauthorized(CHALLENGE + ", error=\"invalid_token\"",
                    "The bearer token is unknown, expired or revoked."));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    private boolean isOpen() {
        return resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(Unauthenticated.class);
    }

    /** The token of an {@code Authorization: Bearer <token>} header; the scheme is case-insensitive. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static Response unauthorized(String challenge, String detail) {
        return Response.fromResponse(Problems.response(Problem.of(401, Problems.title(401), detail)))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
