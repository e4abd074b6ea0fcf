package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Karaf's FeaturesService and the framework as far as the installer sees them: features repositories are read
 * from the files the installer wrote, and installing a feature "installs" the jar its bundle URL points at.
 */
final class FakeKaraf implements FeatureDeployer, BundleStarts {

    private static final Pattern FEATURE = Pattern.compile("<feature name=\"([^\"]+)\" version=\"([^\"]+)\">");
    private static final Pattern BUNDLE = Pattern.compile("<bundle>([^<]+)</bundle>");

    final Set<URI> repositories = new LinkedHashSet<>();
    final Set<String> features = new LinkedHashSet<>();
    final Map<String, Long> bundles = new HashMap<>();
    final List<Set<String>> installCalls = new ArrayList<>();
    private final Map<String, String> bundleOfFeature = new HashMap<>();
    private long nextBundleId = 100;

    /** When set, installing fails with this message, as a resolution error would. */
    String failInstall;
    /** When set, the bundle with this symbolic name never becomes active. */
    String neverActive;

    boolean untouched() {
        return repositories.isEmpty() && features.isEmpty() && installCalls.isEmpty();
    }

    @Override
    public void addRepository(URI repository) throws Exception {
        if (!Files.exists(Path.of(repository))) {
            throw new Exception("Unable to add repository " + repository);
        }
        repositories.add(repository);
    }

    @Override
    public void removeRepository(URI repository) {
        repositories.remove(repository);
    }

    @Override
    public void install(Set<String> names) throws Exception {
        installCalls.add(Set.copyOf(names));
        if (failInstall != null) {
            throw new Exception(failInstall);
        }
        for (String name : names) {
            Path jar = bundleOf(name);
            JarFacts facts = JarFacts.read(jar);
            String bundle = facts.symbolicName() + "/" + facts.bundleVersion();
            bundles.put(bundle, nextBundleId++);
            bundleOfFeature.put(name, bundle);
            features.add(name);
        }
    }

    @Override
    public void uninstall(Set<String> names) throws Exception {
        for (String name : names) {
            if (!features.remove(name)) {
                throw new Exception("Feature named '" + name + "' is not installed");
            }
            bundles.remove(bundleOfFeature.remove(name));
        }
    }

    @Override
    public long bundleId(String symbolicName, String bundleVersion) {
        return bundles.getOrDefault(symbolicName + "/" + bundleVersion, -1L);
    }

    @Override
    public Optional<String> awaitActive(JarFacts bundle, Duration timeout) {
        if (bundle.symbolicName().equals(neverActive)) {
            return Optional.of("connector " + bundle.symbolicName() + " is not active: its activate method failed");
        }
        return bundleId(bundle.symbolicName(), bundle.bundleVersion()) < 0 ? Optional.of("not installed")
                : Optional.empty();
    }

    /** The jar the feature's bundle URL names, from a repository that was added. */
    private Path bundleOf(String feature) throws Exception {
        String[] nameAndVersion = feature.split("/");
        for (URI repository : repositories) {
            String xml = read(Path.of(repository));
            Matcher declared = FEATURE.matcher(xml);
            if (declared.find() && declared.group(1).equals(nameAndVersion[0])
                    && declared.group(2).equals(nameAndVersion[1])) {
                Matcher bundle = BUNDLE.matcher(xml);
                bundle.find();
                return Path.of(URI.create(bundle.group(1)));
            }
        }
        throw new Exception("No matching features for " + feature);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
