package io.tributary.plugins.internal.marketplace;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

import org.apache.karaf.features.FeaturesService;

/**
 * Installs through Karaf's FeaturesService, which resolves what is installed together and does not leave a half
 * resolved set behind. Other bundles are never refreshed: an install must not restart the platform under its users.
 */
final class KarafFeatureDeployer implements FeatureDeployer {

    private static final EnumSet<FeaturesService.Option> OPTIONS =
            EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;

    KarafFeatureDeployer(FeaturesService features) {
        this.features = features;
    }

    @Override
    public void addRepository(URI repository) throws Exception {
        // false: adding a repository installs none of its features; install() does, all together
        features.addRepository(repository, false);
    }

    @Override
    public void removeRepository(URI repository) throws Exception {
        // false: the features were uninstalled explicitly before, nothing else is to be touched
        features.removeRepository(repository, false);
    }

    @Override
    public void install(Set<String> names) throws Exception {
        features.installFeatures(names, OPTIONS);
    }

    @Override
    public void uninstall(Set<String> names) throws Exception {
        features.uninstallFeatures(names, OPTIONS);
    }
}
