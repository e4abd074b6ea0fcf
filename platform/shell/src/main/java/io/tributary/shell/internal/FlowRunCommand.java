package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tributary.api.flow.FlowService;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunService;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;

@Command(scope = "tributary", name = "flow-run", description = "Starts a run of a flow now, optionally waiting for "
        + "it to finish")
@Service
public class FlowRunCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    FlowService flows;

    @Reference
    RunService runs;

    @Reference
    Session session;

    @Option(name = "--test", description = "a test run: reads only the first records and leaves the delta watermark")
    boolean test;

    @Option(name = "--limit", description = "with --test: the most records to read, 1 to 1000; 10 by default")
    Integer limit;

    @Option(name = "--wait", description = "wait until the run has finished and print its counts; Ctrl-C stops "
            + "waiting, not the run")
    boolean await;

    @Argument(index = 0, name = "flowId", required = true, description = "the flow to run")
    @Completion(FlowIdCompleter.class)
    String flowId;

    /** How long to wait between two looks at a run that is not finished. */
    long pollMillis = 500;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        if (limit != null && !test) {
            err.println("--limit applies to test runs only: add --test; no run was started");
            return;
        }
        try {
            Caller caller = ShellCallers.operator(identity, session);
            Run started = flows.start(caller, flowId, request());
            out.println("Started " + RunLines.started(started));
            if (await) {
                awaitEnd(out, caller, started);
            }
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private RunRequest request() {
        if (!test) {
            return new RunRequest(RunMode.NORMAL, null);
        }
        return new RunRequest(RunMode.TEST, limit == null ? RunRequest.DEFAULT_TEST_LIMIT : limit);
    }

    private void awaitEnd(PrintStream out, Caller caller, Run started) {
        Run run = started;
        try {
            while (!run.status().isFinished()) {
                Thread.sleep(pollMillis);
                run = runs.run(caller, run.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("Stopped waiting; run " + run.id() + " goes on (" + run.status().jsonName() + ")");
            return;
        }
        out.println(RunLines.finished(run));
        if (run.message() != null) {
            out.println(run.message());
        }
    }
}
