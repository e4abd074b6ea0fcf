package io.tributary.marketplace.internal.catalog;

import java.sql.Connection;
import java.sql.SQLException;

import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.tenancy.Caller;
import io.tributary.store.jdbc.Database;

/**
 * Deprecating and yanking versions, by the listing's publisher or an operator. A yanked version stays yanked and
 * no longer counts as the listing's latest; yanking it again changes nothing.
 */
final class StatusChanges {

    static final int MAX_REASON = 500;

    private final Database database;
    private final PublisherRepository publishers = new PublisherRepository();
    private final ListingRepository listings = new ListingRepository();
    private final VersionRepository versions = new VersionRepository();

    StatusChanges(Database database) {
        this.database = database;
    }

    ListingVersion deprecate(Caller caller, String listingId, String version, String reason) {
        return change(caller, listingId, version, VersionStatus.DEPRECATED, reason);
    }

    ListingVersion yank(Caller caller, String listingId, String version, String reason) {
        return change(caller, listingId, version, VersionStatus.YANKED, reason);
    }

    private ListingVersion change(Caller caller, String listingId, String version, VersionStatus status,
            String reason) {
        Access.reader(caller);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw Problems.invalid("reason", "may have at most " + MAX_REASON + " characters");
        }
        return database.transaction(connection -> {
            ListingVersion current = authorizedVersion(connection, caller, listingId, version);
            if (current.status() == VersionStatus.YANKED) {
                if (status == VersionStatus.YANKED) {
                    return current;
                }
                throw Problems.conflict("version", "Version " + version + " of '" + listingId
                        + "' is yanked; a yanked version stays yanked");
            }
            versions.setStatus(connection, listingId, version, status, why);
            if (status == VersionStatus.YANKED) {
                listings.setLatestVersion(connection, listingId,
                        versions.highestInstallable(connection, listingId).orElse(null));
            }
            return versions.find(connection, listingId, version).orElseThrow();
        });
    }

    /** The version, if it exists and the caller may act for its listing's publisher. */
    private ListingVersion authorizedVersion(Connection connection, Caller caller, String listingId, String version)
            throws SQLException {
        Listing listing = listings.find(connection, listingId)
                .orElseThrow(() -> Problems.notFound("No listing '" + listingId + "'"));
        ListingVersion found = versions.find(connection, listingId, version)
                .orElseThrow(() -> Problems.notFound("No version " + version + " of '" + listingId + "'"));
        Access.requireActingFor(caller, publishers.find(connection, listing.publisherId()).orElseThrow());
        return found;
    }
}
