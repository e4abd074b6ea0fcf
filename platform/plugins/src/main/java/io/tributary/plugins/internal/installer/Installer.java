package io.tributary.plugins.internal.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.api.problem.FieldError;
import io.tributary.archive.ArchiveChecks;
import io.tributary.archive.ArchiveInspection;
import io.tributary.archive.ArchiveLimits;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;
import io.tributary.plugins.internal.descriptor.DescriptorReader;
import io.tributary.plugins.internal.descriptor.JarDescriptorSource;
import io.tributary.plugins.internal.descriptor.LimitedReads;
import io.tributary.plugins.internal.registry.SettlingRegistry;

/**
 * Installs and removes connector bundles: checks a jar before the framework sees it (with the marketplace's archive
 * checks, then its descriptor), starts it, waits for the registry's verdict, and leaves nothing behind when it
 * refuses. One change at a time, so the pre-checks still hold when the bundle is installed.
 */
final class Installer {

    /**
     * How far the installer goes.
     *
     * @param maxJarBytes   the largest bundle accepted
     * @param settleTimeout how long a started connector may take to become active, and a refresh to finish
     */
    record Limits(long maxJarBytes, Duration settleTimeout) {
    }

    static final String LOCATION_PREFIX = "tributary:connector/";

    private static final Logger LOG = LoggerFactory.getLogger(Installer.class);

    private final DescriptorReader reader;
    private final SettlingRegistry registry;
    private final BundleOperations bundles;
    private final Supplier<List<ConnectorUsage>> usages;
    private final Limits limits;
    private final ArchiveLimits archiveLimits;
    private final Object changes = new Object();

    Installer(DescriptorReader reader, SettlingRegistry registry, BundleOperations bundles,
              Supplier<List<ConnectorUsage>> usages, Limits limits) {
        this.reader = reader;
        this.registry = registry;
        this.bundles = bundles;
        this.usages = usages;
        this.limits = limits;
        this.archiveLimits = ArchiveLimits.forArtifactsOf(limits.maxJarBytes());
    }

    ConnectorInfo install(InputStream jar) {
        Path file = receive(jar);
        try {
            return install(file);
        } finally {
            deleteUpload(file);
        }
    }

    private ConnectorInfo install(Path jar) {
        DescriptorCheck check = inspect(jar);
        if (!check.isValid()) {
            throw Refusals.invalid("the upload is not a valid connector bundle", check.errors());
        }
        String label = "connector " + check.id() + " " + check.version();
        synchronized (changes) {
            String location = LOCATION_PREFIX + check.id() + "/" + check.version();
            Optional<ConnectorInfo> installed = registry.find(check.id(), check.version());
            if (installed.isPresent() || bundles.isInstalled(location)) {
                throw Refusals.invalid(label + " is already installed", List.of(new FieldError("version",
                        label + " is already installed" + installed.map(i -> " as bundle " + i.bundleId()).orElse("")
                                + "; uninstall it first or give the new one another version")));
            }
            long bundleId;
            try {
                bundleId = bundles.install(location, jar);
            } catch (BundleException e) {
                throw Refusals.invalid(label + " was not installed", List.of(new FieldError("bundle", e.getMessage())));
            }
            return startOrRemove(bundleId, label);
        }
    }

    void uninstall(String id, String version, boolean force) {
        synchronized (changes) {
            ConnectorInfo info = registry.find(id, version).orElseThrow(() -> Refusals.notFound(id, version));
            List<String> users = force ? List.of() : usersOf(id, version);
            if (!users.isEmpty()) {
                throw Refusals.inUse(id, version, users);
            }
            try {
                bundles.remove(info.bundleId(), limits.settleTimeout());
            } catch (TimeoutException e) {
                LOG.warn("Connector {} {} uninstalled, but {}", id, version, e.getMessage());
            } catch (BundleException e) {
                throw Refusals.failed("connector " + id + " " + version + " could not be uninstalled: "
                        + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Refusals.failed("interrupted while uninstalling connector " + id + " " + version);
            }
        }
    }

    private ConnectorInfo startOrRemove(long bundleId, String label) {
        List<FieldError> reasons;
        try {
            reasons = start(bundleId);
            if (reasons.isEmpty()) {
                Optional<ConnectorInfo> info = registry.awaitSettled(bundleId, limits.settleTimeout());
                if (info.isPresent() && info.get().state() == ConnectorState.ACTIVE) {
                    return info.get();
                }
                reasons = List.of(notActive(info));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reasons = List.of(new FieldError("activation", "interrupted while waiting for the connector to start"));
        } catch (RuntimeException e) {
            reasons = List.of(new FieldError("bundle", "could not be started: " + e));
        }
        removeRefused(bundleId);
        throw Refusals.invalid(label + " was not installed", reasons);
    }

    private List<FieldError> start(long bundleId) {
        try {
            bundles.start(bundleId);
            return List.of();
        } catch (BundleException e) {
            List<FieldError> reasons = new ArrayList<>();
            for (String missing : bundles.missingRequirements(bundleId)) {
                reasons.add(new FieldError("imports", "nothing installed provides " + missing));
            }
            String field = e.getType() == BundleException.RESOLVE_ERROR ? "imports" : "activation";
            reasons.add(new FieldError(field, e.getMessage()));
            return reasons;
        }
    }

    private FieldError notActive(Optional<ConnectorInfo> info) {
        if (info.isEmpty()) {
            return new FieldError("bundle", "the bundle disappeared while it was starting");
        }
        if (info.get().state() == ConnectorState.INSTALLED) {
            return new FieldError("activation", "not active after " + limits.settleTimeout().toSeconds() + " s: "
                    + info.get().reason());
        }
        return new FieldError("activation", info.get().reason());
    }

    private void removeRefused(long bundleId) {
        try {
            bundles.remove(bundleId, limits.settleTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while removing refused connector bundle {}", bundleId);
        } catch (BundleException | TimeoutException | RuntimeException e) {
            LOG.warn("Cannot remove refused connector bundle {}: {}", bundleId, e.toString());
        }
    }

    private List<String> usersOf(String id, String version) {
        List<String> users = new ArrayList<>();
        for (ConnectorUsage usage : usages.get()) {
            try {
                users.addAll(usage.usersOf(id, version));
            } catch (RuntimeException e) {
                // when a user cannot be asked, assume the worst: only force removes the connector then
                users.add("unknown (" + usage.getClass().getName() + " failed: " + e.getMessage() + ")");
            }
        }
        return users;
    }

    /** The upload in a temporary file: an archive is checked and read where it lies, never whole in memory. */
    private Path receive(InputStream jar) {
        Path file;
        try {
            file = Files.createTempFile("tributary-connector-", ".jar");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded connector bundle", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            LimitedReads.copy(jar, out, limits.maxJarBytes());
            return file;
        } catch (LimitedReads.TooLargeException e) {
            deleteUpload(file);
            throw Refusals.tooLarge(limits.maxJarBytes());
        } catch (IOException e) {
            deleteUpload(file);
            throw Refusals.unreadable(e.getMessage());
        }
    }

    /**
     * The marketplace's archive checks (size, entries, names, unpacked size counted while inflating), then the
     * descriptor as far as the archive can be read: every reason at once.
     */
    private DescriptorCheck inspect(Path jar) {
        try (ArchiveInspection archive = ArchiveChecks.inspect(jar, archiveLimits)) {
            List<FieldError> errors = new ArrayList<>();
            archive.problems().forEach(problem -> errors.add(new FieldError("bundle", problem)));
            if (archive.reader() == null) {
                return new DescriptorCheck(null, errors);
            }
            DescriptorCheck descriptor = JarDescriptorSource.check(archive.reader(), reader);
            errors.addAll(descriptor.errors());
            return new DescriptorCheck(descriptor.descriptor(), errors);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the uploaded connector bundle", e);
        }
    }

    private static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the uploaded connector bundle {}: {}", file, e.toString());
        }
    }
}
