package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.problem.FieldError;

/**
 * Hands verified artifacts to Karaf as features and waits until they run; when any part fails, undoes all of it:
 * the features it installed, the repositories it added, the files it wrote. The runtime is left as it was.
 */
final class Deployment {

    /** What one deploy did, so that a later step (an upgrade's retiring of the old version) can undo it. */
    final class Deployed {

        private final List<VerifiedArtifact> artifacts;
        private final List<Long> bundleIds;
        private final Set<String> features;
        private final List<URI> repositories;

        private Deployed(List<VerifiedArtifact> artifacts, List<Long> bundleIds, Set<String> features,
                List<URI> repositories) {
            this.artifacts = artifacts;
            this.bundleIds = bundleIds;
            this.features = features;
            this.repositories = repositories;
        }

        /** The bundle id of each artifact, in the order deployed. */
        List<Long> bundleIds() {
            return bundleIds;
        }

        void rollback() {
            undo(features, repositories, artifacts);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Deployment.class);

    private final FeatureDeployer deployer;
    private final BundleStarts starts;
    private final RuntimeRepository repository;
    private final Duration startTimeout;

    Deployment(FeatureDeployer deployer, BundleStarts starts, RuntimeRepository repository, Duration startTimeout) {
        this.deployer = deployer;
        this.starts = starts;
        this.repository = repository;
        this.startTimeout = startTimeout;
    }

    /**
     * Installs the artifacts' features in one resolution and waits for each to be active.
     *
     * @throws io.tributary.api.problem.ProblemException 422 with the reason, everything undone
     */
    Deployed deploy(List<VerifiedArtifact> artifacts) {
        Set<String> features = new LinkedHashSet<>();
        List<URI> repositories = new ArrayList<>();
        String step = "staging";
        try {
            for (VerifiedArtifact artifact : artifacts) {
                repository.stage(artifact);
            }
            step = "resolution";
            for (VerifiedArtifact artifact : artifacts) {
                URI uri = featuresUri(artifact);
                deployer.addRepository(uri);
                repositories.add(uri);
            }
            artifacts.forEach(artifact -> features.add(feature(artifact)));
            deployer.install(features);
            step = "activation";
            return new Deployed(artifacts, awaitActive(artifacts), features, repositories);
        } catch (Exception e) {
            undo(features, repositories, artifacts);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = e instanceof NotActive ? e.getMessage() : KarafMessages.readable(e);
            throw Problems.invalid(labels(artifacts) + " could not be installed, nothing was left behind: " + reason,
                    List.of(new FieldError(step, reason)));
        }
    }

    /** Uninstalls an installed version's feature; its repository and files stay until {@link #removeFiles}. */
    void uninstallFeature(InstalledRow row) throws Exception {
        deployer.uninstall(Set.of(row.feature()));
    }

    /** Installs an installed version's feature again, after an upgrade failed past its removal. */
    void reinstallFeature(InstalledRow row) throws Exception {
        deployer.install(Set.of(row.feature()));
    }

    /** Removes an uninstalled version's features repository and files; failures are only logged. */
    void removeFiles(InstalledRow row) {
        try {
            deployer.removeRepository(URI.create(row.featuresRepository()));
        } catch (Exception e) {
            LOG.warn("Cannot remove the features repository {}: {}", row.featuresRepository(), e.toString());
        }
        try {
            repository.delete(row.listingId(), row.version());
        } catch (IOException e) {
            LOG.warn("Cannot delete the files of {} {}: {}", row.listingId(), row.version(), e.toString());
        }
    }

    private List<Long> awaitActive(List<VerifiedArtifact> artifacts) throws InterruptedException, NotActive {
        List<Long> bundleIds = new ArrayList<>();
        for (VerifiedArtifact artifact : artifacts) {
            Optional<String> notActive = starts.awaitActive(artifact.facts(), startTimeout);
            if (notActive.isPresent()) {
                throw new NotActive(notActive.get());
            }
            bundleIds.add(starts.bundleId(artifact.facts().symbolicName(), artifact.facts().bundleVersion()));
        }
        return bundleIds;
    }

    private void undo(Set<String> features, List<URI> repositories, List<VerifiedArtifact> artifacts) {
        if (!features.isEmpty()) {
            try {
                deployer.uninstall(features);
            } catch (Exception e) {
                // after a failed install Karaf usually has nothing of it installed, and says so
                LOG.debug("Uninstalling {} after a failed install: {}", features, e.toString());
            }
        }
        for (URI uri : reversed(repositories)) {
            try {
                deployer.removeRepository(uri);
            } catch (Exception e) {
                LOG.warn("Cannot remove the features repository {} after a failed install: {}", uri, e.toString());
            }
        }
        for (VerifiedArtifact artifact : artifacts) {
            RuntimeRepository.deleteQuietly(artifact.file());
            try {
                repository.delete(artifact.candidate().listingId(), artifact.candidate().version().version());
            } catch (IOException e) {
                LOG.warn("Cannot delete the files of {} after a failed install: {}", artifact.candidate().label(),
                        e.toString());
            }
        }
    }

    private static List<URI> reversed(List<URI> uris) {
        List<URI> reversed = new ArrayList<>(uris);
        Collections.reverse(reversed);
        return reversed;
    }

    private URI featuresUri(VerifiedArtifact artifact) {
        return repository.featuresUri(artifact.candidate().listingId(), artifact.candidate().version().version());
    }

    private static String feature(VerifiedArtifact artifact) {
        return RuntimeRepository.featureName(artifact.candidate().listingId()) + "/"
                + artifact.candidate().version().version();
    }

    private static String labels(List<VerifiedArtifact> artifacts) {
        return String.join(", ", artifacts.stream().map(artifact -> artifact.candidate().label()).toList());
    }

    /** A bundle that did not become active; its message says why. */
    private static final class NotActive extends Exception {

        private static final long serialVersionUID = 1L;

        NotActive(String message) {
            super(message);
        }
    }
}
