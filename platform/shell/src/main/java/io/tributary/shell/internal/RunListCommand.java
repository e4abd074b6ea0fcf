package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunService;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.flow.Slice;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.IdentityService;

@Command(scope = "tributary", name = "run-list", description = "Lists the newest runs with their counts")
@Service
public class RunListCommand implements Action {

    static final int DEFAULT_LIMIT = 20;

    @Reference
    IdentityService identity;

    @Reference
    RunService runs;

    @Reference
    Session session;

    @Option(name = "--flow", description = "only this flow's runs")
    @Completion(FlowIdCompleter.class)
    String flowId;

    @Option(name = "--status", description = "only runs in this status: queued, running, succeeded, partial, "
            + "failed or cancelled")
    @Completion(value = StringsCompleter.class,
            values = {"queued", "running", "succeeded", "partial", "failed", "cancelled"})
    String status;

    @Option(name = "--limit", description = "how many of the newest runs, 1 to 500; " + DEFAULT_LIMIT + " by default")
    int limit = DEFAULT_LIMIT;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        RunStatus wanted;
        try {
            wanted = OptionValues.oneOf("--status", status, RunStatus.values(), RunStatus::jsonName);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return;
        }
        try {
            Slice<Run> found = runs.runs(ShellCallers.operator(identity, session),
                    new RunQuery(null, flowId, wanted, limit, null));
            print(out, found);
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private void print(PrintStream out, Slice<Run> found) {
        ShellTable table = new ShellTable().emptyTableText("No runs");
        table.column("Id");
        table.column("Flow");
        table.column("Mode");
        table.column("Trigger");
        table.column("Status");
        table.column("Read").alignRight();
        table.column("Success").alignRight();
        table.column("Ignored").alignRight();
        table.column("Errors").alignRight();
        table.column("Started");
        table.column("Duration").alignRight();
        for (Run run : found.items()) {
            table.addRow().addContent(run.id(), run.flowId(), run.mode().jsonName(), run.trigger(),
                    run.status().jsonName(), run.counts().read(), run.counts().success(), run.counts().ignored(),
                    run.counts().errors(), run.startedAt() == null ? "-" : run.startedAt(), RunLines.duration(run));
        }
        table.print(out);
        if (found.next() != null) {
            out.println("Only the newest " + found.items().size() + " are shown; raise --limit for more");
        }
    }
}
