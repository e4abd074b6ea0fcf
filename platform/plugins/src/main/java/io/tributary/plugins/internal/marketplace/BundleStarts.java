package io.tributary.plugins.internal.marketplace;

import java.time.Duration;
import java.util.Optional;

/** Finds installed bundles and waits for them to start; a seam for the installer's tests. */
interface BundleStarts {

    /** The id of the installed bundle with this symbolic name and version, or -1 when there is none. */
    long bundleId(String symbolicName, String bundleVersion);

    /**
     * Waits until the bundle of a verified artifact is active: a connector when the registry has it active, an
     * integration (a bundle without code) when the framework does.
     *
     * @return empty when it is active, else why not, in words
     */
    Optional<String> awaitActive(JarFacts bundle, Duration timeout) throws InterruptedException;
}
