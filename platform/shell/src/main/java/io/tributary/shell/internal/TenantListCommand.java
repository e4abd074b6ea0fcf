package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Tenant;

@Command(scope = "tributary", name = "tenant-list", description = "Lists the tenants")
@Service
public class TenantListCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    TenancyService tenancy;

    @Reference
    Session session;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            print(out, tenancy.tenants(ShellCallers.operator(identity, session)));
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private static void print(PrintStream out, Iterable<Tenant> tenants) {
        ShellTable table = new ShellTable().emptyTableText("No tenants");
        table.column("Id");
        table.column("Name");
        table.column("Created");
        for (Tenant tenant : tenants) {
            table.addRow().addContent(tenant.id(), tenant.name(), tenant.createdAt());
        }
        table.print(out);
    }
}
