package io.tributary.rest.internal.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.body.SpooledBody;
import io.tributary.rest.internal.problem.Problems;

/**
 * {@code Idempotency-Key} on POSTs marked {@link Idempotent}. The first request with a key runs; a repeat by the
 * same caller with the same method, path and body gets the first successful response again (with
 * {@value StoredResponse#REPLAYED_HEADER}{@code : true}) and creates nothing; the same key with another request is
 * a 422; a repeat while the first still runs is a 409. Failed requests are forgotten, so a fixed request may reuse
 * its key. Keys live {@link IdempotencyCache#RETENTION} in memory of this node.
 */
@Idempotent
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final int MAX_KEY_LENGTH = 255;
    private static final String CLAIMED_KEY = IdempotencyFilter.class.getName() + ".key";

    private final IdempotencyCache cache;

    public IdempotencyFilter(IdempotencyCache cache) {
        this.cache = cache;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw invalidKey(400, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String callerKey = CallerPrincipal.callerOf(request.getSecurityContext()).userId() + "\n" + key;
        IdempotencyCache.Claim claim = cache.claim(callerKey, fingerprint(request));
        switch (claim.verdict()) {
            case PROCEED -> request.setProperty(CLAIMED_KEY, callerKey);
            case REPLAY -> request.abortWith(claim.response().toResponse());
            case MISMATCH -> throw invalidKey(422, "was already used for a different request");
            case IN_FLIGHT -> throw new ProblemException(Problem.of(409, "Conflict",
                    "A request with this Idempotency-Key is still being processed; retry later."));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED_KEY) instanceof String callerKey)) {
            return;
        }
        if (response.getStatus() / 100 == 2) {
            cache.complete(callerKey, new StoredResponse(response.getStatus(), response.getLocation(),
                    response.getMediaType(), response.getEntity()));
        } else {
            cache.release(callerKey);
        }
    }

    /**
     * Method, path and a SHA-256 of the body. An upload is read from its spooled file; a JSON body (which the body
     * limit keeps small) is read into memory here and handed on unchanged.
     */
    private static String fingerprint(ContainerRequestContext request) throws IOException {
        MessageDigest digest = sha256();
        String target = request.getMethod() + " " + request.getUriInfo().getPath() + "\n";
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        Optional<SpooledBody> upload = SpooledBody.of(request);
        if (upload.isPresent()) {
            try (InputStream body = new DigestInputStream(upload.get().open(), digest)) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        } else if (request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            digest.update(body);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static ProblemException invalidKey(int status, String message) {
        FieldError error = new FieldError(Idempotent.HEADER, message);
        return new ProblemException(new Problem("about:blank", Problems.title(status), status,
                "Invalid " + Idempotent.HEADER + " header.", List.of(error)));
    }
}
