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

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Workspace;

/** Completes the ids of the workspaces of the shell operator's tenant. */
@Service
public class WorkspaceIdCompleter implements Completer {

    @Reference
    IdentityService identity;

    @Reference
    TenancyService tenancy;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(ids(session)).complete(session, commandLine, candidates);
    }

    SortedSet<String> ids(Session session) {
        SortedSet<String> ids = new TreeSet<>();
        try {
            for (Workspace workspace : tenancy.workspaces(ShellCallers.operator(identity, session))) {
                ids.add(workspace.id());
            }
        } catch (ProblemException e) {
            // nothing to offer; the command itself prints the refusal when it runs
        }
        return ids;
    }
}
