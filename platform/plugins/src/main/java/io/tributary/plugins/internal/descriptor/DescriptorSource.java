package io.tributary.plugins.internal.descriptor;

import java.io.IOException;

/**
 * Where a connector descriptor is read from, without running any of the bundle's code: an installed bundle or the
 * bytes of a jar about to be installed.
 */
public interface DescriptorSource {

    /** A main manifest header as written (not localized), or null when absent. */
    String header(String name);

    /** Whether the bundle has an entry at this relative path. */
    boolean hasEntry(String path);

    /**
     * The content of the entry at this relative path, or null when there is none.
     *
     * @throws IOException when it cannot be read or is larger than {@code maxBytes}
     */
    byte[] entry(String path, int maxBytes) throws IOException;
}
