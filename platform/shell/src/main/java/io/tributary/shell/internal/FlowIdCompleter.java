package io.tributary.shell.internal;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.IdentityService;

/** Completes the ids of the flows the shell operator sees. */
@Service
public class FlowIdCompleter implements Completer {

    @Reference
    IdentityService identity;

    @Reference
    FlowService flows;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(ids(session)).complete(session, commandLine, candidates);
    }

    SortedSet<String> ids(Session session) {
        SortedSet<String> ids = new TreeSet<>();
        try {
            for (Flow flow : flows.flows(ShellCallers.operator(identity, session), null)) {
                ids.add(flow.id());
            }
        } catch (ProblemException e) {
            // nothing to offer; the command itself prints the refusal when it runs
        }
        return ids;
    }
}
