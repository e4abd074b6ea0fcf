package io.tributary.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.IdentityService;

@Command(scope = "tributary", name = "user-unlock",
        description = "Lets a user locked out by too many failed sign-ins sign in again at once")
@Service
public class UserUnlockCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "the locked-out user's login name")
    String username;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            identity.unlockSignIn(ShellCallers.operator(identity, session), username);
            out.println("Unlocked " + username + ": their failed sign-ins are forgotten");
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }
}
