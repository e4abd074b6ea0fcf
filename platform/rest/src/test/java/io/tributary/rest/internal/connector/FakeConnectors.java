package io.tributary.rest.internal.connector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** An in-memory registry and installer: a "jar" is the text {@code id version}, anything else is refused. */
public final class FakeConnectors implements ConnectorRegistry, ConnectorInstaller {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<ConnectorInfo> installed = new ArrayList<>();
    final List<String> uninstalled = new ArrayList<>();

    public static ConnectorInfo active(String id, String version) {
        ObjectNode descriptor = JSON.createObjectNode().put("id", id).put("version", version).put("name", id.toUpperCase());
        return new ConnectorInfo(id, version, id.toUpperCase(), ConnectorState.ACTIVE, null, List.of("generic"), 7, descriptor);
    }

    @Override
    public List<ConnectorInfo> list() {
        return installed.stream().sorted(Comparator.comparing(ConnectorInfo::id).thenComparing(ConnectorInfo::version)).toList();
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        return installed.stream().filter(c -> c.id().equals(id) && c.version().equals(version)).findFirst();
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ConnectorInfo install(InputStream jar) {
        String[] idAndVersion = read(jar).trim().split(" ");
        if (idAndVersion.length != 2) {
            throw new ProblemException(Problem.invalid("The upload is not a connector bundle",
                    List.of(new FieldError("bundle", "not a jar"), new FieldError("descriptor", "missing"))));
        }
        ConnectorInfo info = active(idAndVersion[0], idAndVersion[1]);
        installed.add(info);
        return info;
    }

    @Override
    public void uninstall(String id, String version, boolean force) {
        ConnectorInfo info = find(id, version).orElseThrow(() -> new ProblemException(Problem.of(404, "Not Found", id)));
        if (!force && id.equals("busy")) {
            throw new ProblemException(Problem.of(409, "Conflict", "flow \"Orders\" (f-1) uses it"));
        }
        installed.remove(info);
        uninstalled.add(id + " " + version + (force ? " forced" : ""));
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
