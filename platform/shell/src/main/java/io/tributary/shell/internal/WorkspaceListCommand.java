package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Workspace;

@Command(scope = "tributary", name = "workspace-list", description = "Lists the workspaces of a tenant")
@Service
public class WorkspaceListCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    TenancyService tenancy;

    @Reference
    Session session;

    @Option(name = "--tenant", description = "the tenant's id; by default the shell operator's own, the first tenant")
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            Caller caller = ShellCallers.operatorIn(identity, tenancy, session, tenantId);
            print(out, tenancy.workspaces(caller));
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private static void print(PrintStream out, Iterable<Workspace> workspaces) {
        ShellTable table = new ShellTable().emptyTableText("No workspaces");
        table.column("Id");
        table.column("Name");
        table.column("Sandbox");
        table.column("Members").alignRight();
        for (Workspace workspace : workspaces) {
            table.addRow().addContent(workspace.id(), workspace.name(), workspace.sandbox() ? "yes" : "no",
                    workspace.members().size());
        }
        table.print(out);
    }
}
