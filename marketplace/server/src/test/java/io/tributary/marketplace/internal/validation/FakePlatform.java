package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.felix.utils.resource.ResourceBuilder;
import org.osgi.framework.BundleException;
import org.osgi.resource.Resource;

/** A platform made of hand-written manifests, standing in for the running framework's bundles. */
final class FakePlatform implements PlatformResources {

    /** The api at 1.0.0 and slf4j, as a connector finds them on a real platform. */
    static final String API_EXPORTS = "io.tributary.api.connector;version=1.0.0,"
            + "io.tributary.api.marketplace;version=1.0.0,org.slf4j;version=1.7.36";

    private final List<Resource> resources = new ArrayList<>();

    static FakePlatform exporting(String exportPackage) {
        return new FakePlatform().bundle("io.tributary.api", "Export-Package", exportPackage);
    }

    /** Adds a bundle with the given headers (name, value, name, value, ...). */
    FakePlatform bundle(String symbolicName, String... headers) {
        resources.add(resource(symbolicName, headers));
        return this;
    }

    static Resource resource(String symbolicName, String... headers) {
        Map<String, String> manifest = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        manifest.put("Bundle-ManifestVersion", "2");
        manifest.put("Bundle-SymbolicName", symbolicName);
        manifest.put("Bundle-Version", "1.0.0");
        for (int i = 0; i < headers.length; i += 2) {
            manifest.put(headers[i], headers[i + 1]);
        }
        try {
            return ResourceBuilder.build(null, manifest);
        } catch (BundleException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<Resource> resources() {
        return resources;
    }
}
