package io.tributary.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.ProblemException;

/** A registry listing given connectors, and an installer that records its calls or refuses them. */
final class FakeServices {

    private FakeServices() {
    }

    static ConnectorInfo info(String id, String version, ConnectorState state, String reason) {
        return new ConnectorInfo(id, version, id.toUpperCase(), state, reason, List.of(), 42, null);
    }

    static final class Registry implements ConnectorRegistry {

        final List<ConnectorInfo> connectors = new ArrayList<>();

        @Override
        public List<ConnectorInfo> list() {
            return connectors;
        }

        @Override
        public Optional<ConnectorInfo> find(String id, String version) {
            return Optional.empty();
        }

        @Override
        public Optional<ConnectorInfo> resolve(String id, String versionRange) {
            return Optional.empty();
        }

        @Override
        public Optional<Connector> connector(String id, String version) {
            return Optional.empty();
        }
    }

    static final class Installer implements ConnectorInstaller {

        byte[] installedBytes;
        String uninstalled;
        ProblemException refusal;

        @Override
        public ConnectorInfo install(InputStream jar) {
            try {
                installedBytes = jar.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (refusal != null) {
                throw refusal;
            }
            return info("demo", "1.2.3", ConnectorState.ACTIVE, null);
        }

        @Override
        public void uninstall(String id, String version, boolean force) {
            if (refusal != null) {
                throw refusal;
            }
            uninstalled = id + " " + version + (force ? " forced" : "");
        }
    }
}
