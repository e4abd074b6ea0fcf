package io.tributary.shell.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunService;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;

@Command(scope = "tributary", name = "flow-list",
        description = "Lists the flows of the shell operator's tenant with their trigger and last run")
@Service
public class FlowListCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    FlowService flows;

    @Reference
    RunService runs;

    @Reference
    Session session;

    @Option(name = "--workspace", description = "only this workspace's flows")
    @Completion(WorkspaceIdCompleter.class)
    String workspaceId;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            Caller caller = ShellCallers.operator(identity, session);
            print(out, caller, flows.flows(caller, workspaceId));
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private void print(PrintStream out, Caller caller, List<Flow> found) {
        ShellTable table = new ShellTable().emptyTableText("No flows");
        table.column("Id");
        table.column("Name");
        table.column("Workspace");
        table.column("Enabled");
        table.column("Trigger");
        table.column("Last run");
        for (Flow flow : found) {
            table.addRow().addContent(flow.id(), flow.name(), flow.workspaceId(), flow.enabled() ? "yes" : "no",
                    flow.definition().path("trigger").path("type").asText("manual"), lastRunStatus(caller, flow));
        }
        table.print(out);
    }

    private String lastRunStatus(Caller caller, Flow flow) {
        List<Run> newest = runs.runs(caller, new RunQuery(null, flow.id(), null, 1, null)).items();
        return newest.isEmpty() ? "never" : newest.get(0).status().jsonName();
    }
}
