package io.tributary.marketplace.internal.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.api.tenancy.Caller;

/** A runtime's installer that only keeps the publishers it is told to trust. */
final class FakeInstaller implements MarketplaceInstaller {

    final List<String> trustCalls = new ArrayList<>();
    private final List<TrustedPublisher> trusted = new ArrayList<>();

    @Override
    public List<TrustedPublisher> trustedPublishers(Caller caller) {
        return List.copyOf(trusted);
    }

    @Override
    public TrustedPublisher trust(Caller caller, String marketplace, String publisherId, String fingerprint) {
        trustCalls.add(marketplace + " " + publisherId + " " + fingerprint);
        TrustedPublisher publisher = new TrustedPublisher(publisherId, marketplace, "Tributary", fingerprint,
                caller.username(), Instant.EPOCH);
        trusted.add(publisher);
        return publisher;
    }

    @Override
    public InstallResult install(Caller caller, String listingId, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<InstalledItem> installed(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InstallResult upgrade(Caller caller, String listingId, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void uninstall(Caller caller, String listingId, boolean force) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void distrust(Caller caller, String publisherId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InstalledItem ensureInstalled(String listingId, String range) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectNode descriptor(String listingId, String version) {
        throw new UnsupportedOperationException();
    }
}
