package io.tributary.api.marketplace;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;

/**
 * The runtime side of the marketplace: installs listings from the configured marketplaces into this runtime without
 * a restart. Every artifact is checked before it reaches the framework: its SHA-256 against the catalog, its
 * signature against the key pinned when an operator trusted its publisher. Dependencies are planned from the
 * marketplace and installed in the same step; when one part fails, everything this step installed is removed.
 * Operators only, but for {@link #ensureInstalled}.
 */
@ProviderType
public interface MarketplaceInstaller {

    /** The marketplace of this node, always configured while it runs one. */
    String LOCAL = "local";

    /**
     * Installs a version and what it needs.
     *
     * @param version the version, or null for the highest installable one
     * @throws io.tributary.api.problem.ProblemException 404 unknown listing or version; 409 when another version of
     *                                                   it is installed (upgrade instead) or it is yanked; 422 when
     *                                                   a check fails (checksum, signature, untrusted publisher
     *                                                   named in field {@code publisher}, unresolvable), with the
     *                                                   runtime left as it was
     */
    InstallResult install(Caller caller, String listingId, String version);

    /** Everything installed from marketplaces, with available updates and warnings. */
    List<InstalledItem> installed(Caller caller);

    /** Replaces the installed version of a listing by another (null: the highest installable), with rollback. */
    InstallResult upgrade(Caller caller, String listingId, String version);

    /**
     * Removes an installed listing.
     *
     * @param force remove a connector even while flows use it
     * @throws io.tributary.api.problem.ProblemException 404 when not installed; 409 naming its users when flows use
     *                                                   it (and not forced) or installed integrations need it
     */
    void uninstall(Caller caller, String listingId, boolean force);

    List<TrustedPublisher> trustedPublishers(Caller caller);

    /**
     * Trusts a publisher of a marketplace, pinning its current key.
     *
     * @param marketplace a configured marketplace's name; null for {@link #LOCAL}
     * @param fingerprint when given, the key's fingerprint must be this one (what the operator checked out of band)
     */
    TrustedPublisher trust(Caller caller, String marketplace, String publisherId, String fingerprint);

    /** Stops trusting a publisher: nothing more of theirs is installed; what is installed stays. */
    void distrust(Caller caller, String publisherId);

    /**
     * For the platform's own use (integrations): makes sure a version of a listing within a range is installed,
     * installing the highest installable one in range (and its dependencies) when none is, under the same checks.
     *
     * @param range an OSGi version range, or null for any
     * @return the installed item, already there or installed now
     */
    InstalledItem ensureInstalled(String listingId, String range);

    /**
     * For the platform's own use: the descriptor ({@code connector.json} or {@code integration.json}) of a
     * version, read from its verified artifact (downloading and checking it when it is not installed).
     */
    ObjectNode descriptor(String listingId, String version);
}
