package io.tributary.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;

@Command(scope = "tributary", name = "user-add",
        description = "Adds a user to a tenant, asking twice for the password without showing it")
@Service
public class UserAddCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    TenancyService tenancy;

    @Reference
    Session session;

    @Option(name = "--tenant", description = "the tenant's id; by default the shell operator's own, the first tenant")
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Option(name = "--role", description = "the role in the tenant: owner, admin or member (the default)")
    @Completion(value = StringsCompleter.class, values = {"owner", "admin", "member"})
    String role;

    @Option(name = "--operator", description = "lets the user operate the platform: tenants, connectors, installs")
    boolean operator;

    @Option(name = "--email", description = "the user's contact address for alerts")
    String email;

    @Argument(index = 0, name = "username", required = true, description = "the login name, unique on the platform")
    String username;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        TenantRole tenantRole;
        try {
            tenantRole = parseRole(role);
        } catch (IllegalArgumentException e) {
            err.println("Unknown role '" + role + "': use owner, admin or member; no user was added");
            return;
        }
        try {
            // the tenant is checked before the password is asked for, so a typo costs no typing
            Caller caller = ShellCallers.operatorIn(identity, tenancy, session, tenantId);
            Optional<String> password = readPassword(err);
            if (password.isPresent()) {
                UserDraft draft = new UserDraft(username, password.get(), email, tenantRole, operator);
                print(out, tenancy.createUser(caller, draft));
            }
        } catch (ProblemException e) {
            ProblemPrinter.print(err, e.problem());
        }
    }

    /** Null when no role is given: the tenancy service then makes the user a member. */
    private static TenantRole parseRole(String role) {
        return role == null ? null : TenantRole.valueOf(role.toUpperCase(Locale.ROOT));
    }

    /** The password typed twice without echo; empty, after saying why, when the two differ or none was typed. */
    private Optional<String> readPassword(PrintStream err) {
        try {
            String password = session.readLine("Password: ", '*');
            String repeated = session.readLine("Repeat password: ", '*');
            if (password == null || repeated == null) {
                err.println("No password was typed; no user was added");
            } else if (password.equals(repeated)) {
                return Optional.of(password);
            } else {
                err.println("The passwords do not match; no user was added");
            }
        } catch (IOException e) {
            err.println("Cannot read the password (" + e.getMessage() + "); no user was added");
        }
        return Optional.empty();
    }

    private static void print(PrintStream out, User user) {
        out.println("Added user " + user.username() + " (id " + user.id() + ") to tenant " + user.tenantId() + " as "
                + user.tenantRole().name().toLowerCase(Locale.ROOT) + (user.operator() ? ", a platform operator" : ""));
    }
}
