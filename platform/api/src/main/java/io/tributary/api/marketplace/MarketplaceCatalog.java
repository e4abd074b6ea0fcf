package io.tributary.api.marketplace;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tributary.api.flow.Slice;
import io.tributary.api.tenancy.Caller;

/**
 * The marketplace repository: publishers, listings, immutable versions and their artifacts, stored by SHA-256.
 * Anyone signed in reads the catalog; operators and tenant admins register publishers; a publisher's registrant (or
 * an operator) publishes, deprecates and yanks its versions.
 */
@ProviderType
public interface MarketplaceCatalog {

    Slice<Listing> listings(Caller caller, ListingQuery query);

    /** @throws io.tributary.api.problem.ProblemException 404 when there is no such listing */
    ListingDetail listing(Caller caller, String listingId);

    /**
     * Registers a publisher and its signing key.
     *
     * @param publicKeyPem an X.509 SubjectPublicKeyInfo, PEM or bare Base64: Ed25519, RSA of at least 2048 bits or
     *                     EC P-256
     * @throws io.tributary.api.problem.ProblemException 422 naming {@code name} or {@code publicKey}; 409 when the
     *                                                   name or the key is registered already
     */
    Publisher registerPublisher(Caller caller, String name, String publicKeyPem);

    List<Publisher> publishers(Caller caller);

    /** @throws io.tributary.api.problem.ProblemException 404 when there is no such publisher */
    Publisher publisher(Caller caller, String publisherId);

    /**
     * Validates an artifact and, when every check passes, stores it and adds its version (and its listing, on the
     * first version). Nothing is stored when a check fails.
     *
     * @param publisherId the publisher whose key signed it; null for the caller's only publisher
     * @param artifact    the uploaded file; the catalog copies what it keeps and never moves or deletes it
     * @param signature   detached signature of the artifact's bytes, raw or Base64 text
     * @param changelog   Markdown, or null
     * @throws io.tributary.api.problem.ProblemException 422 listing every failed check (field {@code artifact},
     *                                                   {@code artifact!/<entry>}, {@code signature},
     *                                                   {@code publisher}); 409 when the version exists; 403 when
     *                                                   the caller may not publish as that publisher or the listing
     *                                                   belongs to another publisher
     */
    ListingVersion publish(Caller caller, String publisherId, Path artifact, byte[] signature, String changelog);

    /** Still installable, with a warning. @param reason may be null */
    ListingVersion deprecate(Caller caller, String listingId, String version, String reason);

    /** No longer installable; runtimes that have it are warned. @param reason may be null */
    ListingVersion yank(Caller caller, String listingId, String version, String reason);

    /**
     * For runtimes of this node, never on behalf of a caller: one version.
     *
     * @throws io.tributary.api.problem.ProblemException 404 when there is no such version
     */
    ListingVersion version(String listingId, String version);

    /** For runtimes of this node: every version of a listing, newest first; empty when there is no such listing. */
    List<ListingVersion> versions(String listingId);

    /** For runtimes of this node: a publisher by id, 404 when unknown. */
    Publisher publisher(String publisherId);

    /**
     * For runtimes of this node: the stored artifact of a version, read-only.
     *
     * @throws io.tributary.api.problem.ProblemException 404 when there is no such version
     */
    Path artifact(String listingId, String version);

    /** Counts one install of a version. */
    void countInstall(String listingId, String version);
}
