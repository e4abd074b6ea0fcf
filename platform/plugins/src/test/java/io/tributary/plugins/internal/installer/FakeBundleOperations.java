package io.tributary.plugins.internal.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleException;

/** Records what the installer asks of the framework; a start can be made to fail. */
final class FakeBundleOperations implements BundleOperations {

    final Map<String, Long> installed = new HashMap<>();
    /** The bytes of each installed jar, by location. */
    final Map<String, byte[]> jars = new HashMap<>();
    final List<Long> removed = new ArrayList<>();
    final List<Long> started = new ArrayList<>();
    BundleException startFailure;
    List<String> missing = List.of();
    private long nextId = 40;

    @Override
    public boolean isInstalled(String location) {
        return installed.containsKey(location);
    }

    @Override
    public long install(String location, Path jar) {
        try {
            jars.put(location, Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        installed.put(location, nextId);
        return nextId++;
    }

    @Override
    public void start(long bundleId) throws BundleException {
        started.add(bundleId);
        if (startFailure != null) {
            throw startFailure;
        }
    }

    @Override
    public List<String> missingRequirements(long bundleId) {
        return missing;
    }

    @Override
    public void remove(long bundleId, Duration timeout) {
        removed.add(bundleId);
        installed.values().remove(bundleId);
    }
}
