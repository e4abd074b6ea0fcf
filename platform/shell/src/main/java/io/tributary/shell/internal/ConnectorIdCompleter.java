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

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;

/** Completes the ids of the installed connectors. */
@Service
public class ConnectorIdCompleter implements Completer {

    @Reference
    ConnectorRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(ids()).complete(session, commandLine, candidates);
    }

    SortedSet<String> ids() {
        SortedSet<String> ids = new TreeSet<>();
        for (ConnectorInfo info : registry.list()) {
            ids.add(info.id());
        }
        return ids;
    }
}
