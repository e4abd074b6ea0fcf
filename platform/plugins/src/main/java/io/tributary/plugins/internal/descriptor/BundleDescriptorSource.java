package io.tributary.plugins.internal.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.Bundle;

/**
 * An installed bundle as a descriptor source. {@link Bundle#getEntry} and the raw headers read the bundle's
 * content without resolving or starting it, so no code of the bundle runs.
 */
public final class BundleDescriptorSource implements DescriptorSource {

    private final Bundle bundle;

    public BundleDescriptorSource(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public String header(String name) {
        // the empty locale gives the raw values and does not open localization files
        return bundle.getHeaders("").get(name);
    }

    @Override
    public boolean hasEntry(String path) {
        return bundle.getEntry(path) != null;
    }

    @Override
    public byte[] entry(String path, int maxBytes) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return LimitedReads.readAll(in, maxBytes);
        }
    }
}
