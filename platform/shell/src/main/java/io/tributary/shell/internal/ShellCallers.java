package io.tributary.shell.internal;

import java.util.Map;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.ShellUtil;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.TenancyService;

/** The caller a shell command acts as: the platform operator named after whoever is at the shell. */
final class ShellCallers {

    // the local console's user when neither the session nor a JAAS subject names one
    static final String DEFAULT_USER = "karaf";

    private ShellCallers() {
    }

    static Caller operator(IdentityService identity, Session session) {
        return identity.shellOperator(userName(session));
    }

    /**
     * The shell operator acting in a tenant: its own (the first) when tenantId is null, otherwise the given one with
     * the same rights. The tenancy service scopes users and workspaces to the caller's tenant, so there is no other
     * way to reach another tenant's.
     *
     * @throws io.tributary.api.problem.ProblemException 404 for an unknown tenant
     */
    static Caller operatorIn(IdentityService identity, TenancyService tenancy, Session session, String tenantId) {
        Caller operator = operator(identity, session);
        if (tenantId == null || tenantId.equals(operator.tenantId())) {
            return operator;
        }
        // no caller ever stands in a tenant that does not exist
        tenancy.tenant(operator, tenantId);
        return new Caller(operator.userId(), operator.username(), tenantId, operator.tenantRole(), operator.operator(),
                Map.of());
    }

    /** Karaf puts the signed-in user in the session's USER variable; the JAAS subject is asked when it did not. */
    static String userName(Session session) {
        if (session.get("USER") instanceof String user && !user.isBlank()) {
            return user;
        }
        String subjectUser = ShellUtil.getCurrentUserName();
        return subjectUser == null ? DEFAULT_USER : subjectUser;
    }
}
