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

import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorService;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.Slice;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.IdentityService;

@Command(scope = "tributary", name = "error-list", description = "Lists the newest record errors of runs")
@Service
public class ErrorListCommand implements Action {

    static final int DEFAULT_LIMIT = 20;

    @Reference
    IdentityService identity;

    @Reference
    ErrorService errors;

    @Reference
    Session session;

    @Option(name = "--flow", description = "only this flow's errors")
    @Completion(FlowIdCompleter.class)
    String flowId;

    @Option(name = "--run", description = "only this run's errors")
    String runId;

    @Option(name = "--status", description = "only errors in this status: open, resolved or auto-resolved")
    @Completion(value = StringsCompleter.class, values = {"open", "resolved", "auto-resolved"})
    String status;

    @Option(name = "--limit", description = "how many of the newest errors, 1 to 500; " + DEFAULT_LIMIT
            + " by default")
    int limit = DEFAULT_LIMIT;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        ErrorStatus wanted;
        try {
            wanted = OptionValues.oneOf("--status", status, ErrorStatus.values(), ErrorStatus::jsonName);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return;
        }
        try {
            Slice<RecordError> found = errors.errors(ShellCallers.operator(identity, session),
                    new ErrorQuery(null, flowId, runId, wanted, limit, null));
            print(out, found);
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private void print(PrintStream out, Slice<RecordError> found) {
        ShellTable table = new ShellTable().emptyTableText("No errors");
        table.column("Id");
        table.column("Flow");
        table.column("Run");
        table.column("Key");
        table.column("Step");
        table.column("Status");
        table.column("Attempts").alignRight();
        table.column("Message").maxSize(80).wrap();
        for (RecordError error : found.items()) {
            table.addRow().addContent(error.id(), error.flowId(), error.runId(), error.recordKey(), error.step(),
                    error.status().jsonName(), error.attempts(), error.message());
        }
        table.print(out);
        if (found.next() != null) {
            out.println("Only the newest " + found.items().size() + " are shown; raise --limit for more");
        }
    }
}
