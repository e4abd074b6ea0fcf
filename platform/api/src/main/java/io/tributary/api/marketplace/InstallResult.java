package io.tributary.api.marketplace;

import java.util.List;

/**
 * What an install or upgrade did.
 *
 * @param item      the requested listing, installed
 * @param installed everything this call installed, dependencies first, the requested listing last
 * @param removed   versions this call replaced (an upgrade's previous version)
 * @param warnings  e.g. that the version is deprecated
 */
public record InstallResult(InstalledItem item, List<InstalledItem> installed, List<InstalledItem> removed,
                            List<String> warnings) {

    public InstallResult {
        installed = List.copyOf(installed);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
