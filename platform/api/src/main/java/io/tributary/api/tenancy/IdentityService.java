package io.tributary.api.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Sign-in, bearer tokens and API tokens. */
@ProviderType
public interface IdentityService {

    /**
     * Signs a user in.
     *
     * @param clientAddress the caller's network address, for rate limiting
     * @throws io.tributary.api.problem.ProblemException 401 for a wrong user name or password (the same answer for
     *         both), 429 after repeated failures for that user or from that address (a
     *         {@link io.tributary.api.problem.RetryLaterException} naming when the lock ends)
     */
    Session login(String username, String password, String clientAddress);

    /** The caller a bearer token (a session or an API token) stands for; empty if unknown, expired or revoked. */
    Optional<Caller> authenticate(String bearerToken);

    /** Ends the session of a bearer token obtained from {@link #login}. */
    void logout(String bearerToken);

    Profile profile(Caller caller);

    /**
     * The caller a user acts as, for platform tools that already hold operator rights (the Karaf shell): e.g. to
     * create an API token for that user. Empty for an unknown user name.
     */
    Optional<Caller> callerOf(String username);

    /**
     * An operator caller for someone at the Karaf shell, who has the machine and so the platform: tied to the first
     * tenant, named {@code shell:<shellUser>} in the audit log.
     */
    Caller shellOperator(String shellUser);

    /**
     * Lets a user who failed to sign in too often sign in again at once, by forgetting that user's failures
     * (failures from a client address stay until they leave the window). Audited as {@code user.unlock}.
     *
     * @throws io.tributary.api.problem.ProblemException 404 for an unknown user or one of another tenant (operators
     *         see every tenant's users), 403 for callers who are neither operators nor admins of the user's tenant
     */
    void unlockSignIn(Caller caller, String username);

    /** The caller's own API tokens. */
    List<ApiToken> tokens(Caller caller);

    /**
     * Creates an API token acting as the caller.
     *
     * @param expiresAt null for a token that does not expire
     */
    NewApiToken createToken(Caller caller, String name, Instant expiresAt);

    /** Revokes one of the caller's tokens (tenant admins: any token of their tenant). */
    void revokeToken(Caller caller, String tokenId);
}
