package io.tributary.rest.internal.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;

/**
 * Installed items and trusted publishers in maps, as the installer keeps them: installing needs the listing to be
 * {@link #installable}, a second install of it is a 409, upgrading and uninstalling need it installed. Authorizes
 * nothing but records what it was asked.
 */
public final class FakeInstaller implements MarketplaceInstaller {

    /** Listing id to the versions the marketplace offers, highest last. */
    public final Map<String, List<String>> installable = new ConcurrentHashMap<>();
    public final Map<String, InstalledItem> installed = new ConcurrentHashMap<>();
    public final Map<String, TrustedPublisher> trusted = new ConcurrentHashMap<>();
    public volatile Caller lastCaller;
    public volatile String lastVersion;
    public volatile Boolean lastForce;
    public volatile String lastFingerprint;

    @Override
    public InstallResult install(Caller caller, String listingId, String version) {
        lastCaller = caller;
        lastVersion = version;
        if (installed.containsKey(listingId)) {
            throw new ProblemException(Problem.of(409, "Conflict", listingId + " is installed; upgrade it."));
        }
        InstalledItem item = item(caller, listingId, chosen(listingId, version));
        installed.put(listingId, item);
        return new InstallResult(item, List.of(item), List.of(), List.of());
    }

    @Override
    public List<InstalledItem> installed(Caller caller) {
        lastCaller = caller;
        return List.copyOf(installed.values());
    }

    @Override
    public InstallResult upgrade(Caller caller, String listingId, String version) {
        lastCaller = caller;
        lastVersion = version;
        InstalledItem previous = installedItem(listingId);
        InstalledItem item = item(caller, listingId, chosen(listingId, version));
        installed.put(listingId, item);
        return new InstallResult(item, List.of(item), List.of(previous), List.of());
    }

    @Override
    public void uninstall(Caller caller, String listingId, boolean force) {
        lastCaller = caller;
        lastForce = force;
        installedItem(listingId);
        installed.remove(listingId);
    }

    @Override
    public List<TrustedPublisher> trustedPublishers(Caller caller) {
        lastCaller = caller;
        return List.copyOf(trusted.values());
    }

    @Override
    public TrustedPublisher trust(Caller caller, String marketplace, String publisherId, String fingerprint) {
        lastCaller = caller;
        lastFingerprint = fingerprint;
        TrustedPublisher publisher = new TrustedPublisher(publisherId, marketplace == null ? LOCAL : marketplace,
                "Publisher " + publisherId, "fe".repeat(32), caller.username(), FakeIdentity.NOW);
        trusted.put(publisherId, publisher);
        return publisher;
    }

    @Override
    public void distrust(Caller caller, String publisherId) {
        lastCaller = caller;
        if (trusted.remove(publisherId) == null) {
            throw new ProblemException(Problem.of(404, "Not Found", publisherId + " is not trusted."));
        }
    }

    @Override
    public InstalledItem ensureInstalled(String listingId, String range) {
        InstalledItem present = installed.get(listingId);
        return present != null ? present : install(null, listingId, null).item();
    }

    @Override
    public ObjectNode descriptor(String listingId, String version) {
        return JsonNodeFactory.instance.objectNode().put("id", listingId).put("version", chosen(listingId, version));
    }

    private String chosen(String listingId, String version) {
        List<String> offered = installable.get(listingId);
        if (offered == null || version != null && !offered.contains(version)) {
            throw new ProblemException(Problem.of(404, "Not Found", "No " + listingId + " " + version + "."));
        }
        return version == null ? offered.get(offered.size() - 1) : version;
    }

    private InstalledItem installedItem(String listingId) {
        InstalledItem item = installed.get(listingId);
        if (item == null) {
            throw new ProblemException(Problem.of(404, "Not Found", listingId + " is not installed."));
        }
        return item;
    }

    private static InstalledItem item(Caller caller, String listingId, String version) {
        return new InstalledItem(listingId, Kind.CONNECTOR, version, LOCAL, "p-1", "ab".repeat(32), 42,
                FakeIdentity.NOW, caller == null ? "platform" : caller.username(), null, null);
    }
}
