package io.tributary.plugins.internal.marketplace;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;

import io.tributary.api.marketplace.MarketplaceInstaller;

/**
 * Reads the configured remote marketplaces. An entry that cannot be used is left out with a warning naming it (but
 * never its token), so one typo does not cost the runtime its other marketplaces.
 */
final class RemoteMarketplaces {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    // a .cfg file gives one string: several entries are separated by commas there
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[,\\n]");

    private RemoteMarketplaces() {
    }

    static List<MarketplaceSource> parse(String[] remotes, Logger log) {
        List<MarketplaceSource> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String value : remotes == null ? new String[0] : remotes) {
            for (String entry : ENTRY_SEPARATOR.split(value)) {
                if (entry.isBlank()) {
                    continue;
                }
                try {
                    RemoteSource source = parse(entry.strip());
                    if (!names.add(source.name())) {
                        throw new IllegalArgumentException("the name " + source.name() + " is used twice");
                    }
                    sources.add(source);
                } catch (IllegalArgumentException e) {
                    log.warn("Remote marketplace '{}' in {}.cfg is left out: {}", withoutToken(entry.strip()),
                            MarketplacesConfig.PID, e.getMessage());
                }
            }
        }
        return sources;
    }

    private static RemoteSource parse(String entry) {
        String[] parts = entry.split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("an entry is 'name url token' (the token may be left out)");
        }
        String name = parts[0];
        if (!NAME.matcher(name).matches() || name.equals(MarketplaceInstaller.LOCAL)) {
            throw new IllegalArgumentException("the name must be letters, digits, '-' or '_', and not "
                    + MarketplaceInstaller.LOCAL);
        }
        return new RemoteSource(name, url(parts[1]), parts.length == 3 ? parts[2] : null);
    }

    private static URI url(String text) {
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(text + " is not an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(text + " is not a URL: " + e.getReason());
        }
    }

    private static String withoutToken(String entry) {
        String[] parts = entry.split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " ***" : entry;
    }
}
