package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.problem.ProblemException;

@Command(scope = "tributary", name = "connector-uninstall",
        description = "Stops and uninstalls a connector version; refused while flows use it unless forced")
@Service
public class ConnectorUninstallCommand implements Action {

    @Reference
    ConnectorInstaller installer;

    @Option(name = "--force", aliases = "-f", description = "uninstall even while flows use the connector")
    boolean force;

    @Argument(index = 0, name = "id", required = true, description = "the connector id, e.g. http")
    @Completion(ConnectorIdCompleter.class)
    String id;

    @Argument(index = 1, name = "version", required = true, description = "the connector version, e.g. 1.0.0")
    String version;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            installer.uninstall(id, version, force);
            out.println("Uninstalled connector " + id + " " + version);
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }
}
