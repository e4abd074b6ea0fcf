package io.tributary.shell.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.NewApiToken;

@Command(scope = "tributary", name = "token-create",
        description = "Creates an API token acting as a user and prints its secret, this once")
@Service
public class TokenCreateCommand implements Action {

    @Reference
    IdentityService identity;

    @Option(name = "--expires", description = "when the token stops working: an instant such as "
            + "2027-01-31T00:00:00Z, or a duration from now such as P30D; by default it does not expire")
    String expires;

    @Argument(index = 0, name = "username", required = true, description = "the user the token acts as")
    String username;

    @Argument(index = 1, name = "name", required = true, description = "what the token is for, e.g. ci-deploy")
    String name;

    Clock clock = Clock.systemUTC();

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        Instant expiresAt;
        try {
            expiresAt = expires == null ? null : Expiry.parse(expires, clock.instant());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; no token was created");
            return;
        }
        Optional<Caller> user = identity.callerOf(username);
        if (user.isEmpty()) {
            err.println("There is no user named " + username + "; no token was created");
            return;
        }
        try {
            print(out, identity.createToken(user.get(), name, expiresAt));
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    private void print(PrintStream out, NewApiToken created) {
        ApiToken token = created.token();
        String expiry = token.expiresAt() == null ? "does not expire" : "expires " + token.expiresAt();
        out.println("Created API token " + token.name() + " (id " + token.id() + ") for " + username + "; it "
                + expiry);
        out.println("Secret: " + created.secret());
        out.println("Copy the secret now: it is not shown again.");
    }
}
