package io.tributary.api.marketplace;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the catalog, described by its newest version's descriptor.
 *
 * @param id            the connector's or integration's id
 * @param kind          connector or integration
 * @param name          display name
 * @param summary       one line
 * @param description   Markdown
 * @param categories    for filtering
 * @param icon          a {@code data:} URI of the icon the bundle carries, or null
 * @param publisherId   the publisher who owns it; only they publish its versions
 * @param publisherName their name
 * @param latestVersion the highest version that is not yanked, or null when all are
 * @param installs      installs of all its versions
 * @param createdAt     first published
 * @param updatedAt     last version published
 */
public record Listing(String id, Kind kind, String name, String summary, String description, List<String> categories,
                      String icon, String publisherId, String publisherName, String latestVersion, long installs,
                      Instant createdAt, Instant updatedAt) {

    public Listing {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
