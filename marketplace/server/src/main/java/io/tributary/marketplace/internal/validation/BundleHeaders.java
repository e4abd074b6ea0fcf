package io.tributary.marketplace.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/** The main headers of a bundle's manifest, looked up without regard to case as OSGi does. */
final class BundleHeaders {

    static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final Map<String, String> headers;

    private BundleHeaders(Map<String, String> headers) {
        this.headers = Collections.unmodifiableMap(headers);
    }

    /** @throws IOException when the bytes are not a manifest */
    static BundleHeaders parse(byte[] manifest) throws IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes()
                .forEach((name, value) -> headers.put(name.toString(), value.toString()));
        return new BundleHeaders(headers);
    }

    /** The header's value, trimmed; null when it is absent or blank. */
    String get(String name) {
        String value = headers.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Every main header, case-insensitive. */
    Map<String, String> all() {
        return headers;
    }

    /** The Bundle-Version, or null when it is missing or no OSGi version. */
    Version version() {
        String text = get(Constants.BUNDLE_VERSION);
        try {
            return text == null ? null : Version.parseVersion(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Adds a failure for each header an OSGi bundle must have right; @return whether there was none */
    boolean check(Failures failures) {
        String field = Failures.entry(MANIFEST);
        boolean valid = true;
        String manifestVersion = get(Constants.BUNDLE_MANIFESTVERSION);
        if (!"2".equals(manifestVersion)) {
            failures.add(field, "is not an OSGi bundle manifest: Bundle-ManifestVersion must be 2 (it is "
                    + (manifestVersion == null ? "missing" : "'" + manifestVersion + "'") + ")");
            valid = false;
        }
        String symbolicName = get(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || symbolicName.split(";", 2)[0].isBlank()) {
            failures.add(field, "has no Bundle-SymbolicName, so it is not an OSGi bundle");
            valid = false;
        }
        String version = get(Constants.BUNDLE_VERSION);
        if (version == null) {
            failures.add(field, "has no Bundle-Version");
            valid = false;
        } else if (version() == null) {
            failures.add(field, "has a Bundle-Version '" + version + "' that is not an OSGi version"
                    + " (major.minor.micro.qualifier)");
            valid = false;
        }
        return valid;
    }
}
