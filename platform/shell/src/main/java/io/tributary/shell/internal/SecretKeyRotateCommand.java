package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.IdentityService;

@Command(scope = "tributary", name = "secret-key-rotate",
        description = "Makes a new secret key current and re-encrypts every connection secret with it")
@Service
public class SecretKeyRotateCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    ConnectionService connections;

    @Reference
    Session session;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            int count = connections.rotateSecretKey(ShellCallers.operator(identity, session));
            out.println("A new secret key is current; re-encrypted " + count + (count == 1 ? " secret" : " secrets")
                    + " with it");
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }
}
