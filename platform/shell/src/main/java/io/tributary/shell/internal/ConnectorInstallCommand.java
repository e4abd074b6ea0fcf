package io.tributary.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.problem.ProblemException;

@Command(scope = "tributary", name = "connector-install",
        description = "Installs and starts a connector bundle, or prints every reason it was refused")
@Service
public class ConnectorInstallCommand implements Action {

    // a scheme of two or more letters, so a Windows drive such as C:\ stays a path
    private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    @Reference
    ConnectorInstaller installer;

    @Argument(index = 0, name = "path-or-url", required = true,
            description = "the connector jar: a file path, or a URL such as file:, http: or mvn:")
    String location;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try (InputStream jar = open(location)) {
            ConnectorInfo info = installer.install(jar);
            out.println("Installed connector " + info.id() + " " + info.version() + " (" + info.name() + ") as bundle "
                    + info.bundleId() + ": " + info.state());
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        } catch (IOException e) {
            err.println("Cannot read " + location + ": " + e);
        }
    }

    /** URLs go through the URL handlers, so Karaf's mvn: works too; anything else is a file path. */
    static InputStream open(String location) throws IOException {
        if (URL_SCHEME.matcher(location).matches()) {
            return new URL(location).openStream();
        }
        return Files.newInputStream(Path.of(location));
    }
}
