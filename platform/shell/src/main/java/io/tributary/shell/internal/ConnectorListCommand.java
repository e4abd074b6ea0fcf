package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;

@Command(scope = "tributary", name = "connector-list", description = "Lists the installed connectors and their state")
@Service
public class ConnectorListCommand implements Action {

    @Reference
    ConnectorRegistry registry;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("No connectors installed");
        table.column("Id");
        table.column("Version");
        table.column("Name");
        table.column("State");
        table.column("Bundle");
        table.column("Reason").maxSize(100).wrap();
        for (ConnectorInfo info : registry.list()) {
            table.addRow().addContent(info.id(), info.version(), info.name(), info.state(), info.bundleId(),
                    info.reason() == null ? "" : info.reason());
        }
        table.print(out);
    }
}
