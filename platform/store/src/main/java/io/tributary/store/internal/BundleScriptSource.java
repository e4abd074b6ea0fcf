package io.tributary.store.internal;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

/** Migration scripts packaged in a bundle (and its fragments) below {@code root}. */
public final class BundleScriptSource implements ScriptSource {

    private final Bundle bundle;
    private final String root;

    public BundleScriptSource(Bundle bundle, String root) {
        this.bundle = bundle;
        this.root = root;
    }

    @Override
    public List<URL> list(String folder) {
        String path = folder.isEmpty() ? root : root + "/" + folder;
        // findEntries reads the bundle's content without loading classes and returns null when nothing matches
        Enumeration<URL> entries = bundle.findEntries(path, "*.sql", false);
        return entries == null ? List.of() : Collections.list(entries);
    }
}
