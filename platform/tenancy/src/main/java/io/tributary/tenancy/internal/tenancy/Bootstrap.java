package io.tributary.tenancy.internal.tenancy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.OwnerOnlyFiles;
import io.tributary.tenancy.internal.data.TenantRepository;
import io.tributary.tenancy.internal.identity.Passwords;

/**
 * First start: the tenant {@value #TENANT} and its owner {@value #ADMIN}, a platform operator. The password comes
 * from {@value #PASSWORD_VARIABLE}, or is generated, logged once and written owner-only to
 * {@code <data>/}{@value #PASSWORD_FILE}. Idempotent, also when several nodes start at once on one database: the
 * unique tenant name lets one of them win, the others find the tenant and do nothing.
 */
public final class Bootstrap {

    public static final String TENANT = "default";
    public static final String ADMIN = "admin";
    public static final String PASSWORD_VARIABLE = "TRIBUTARY_ADMIN_PASSWORD";
    public static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);
    private static final Caller SYSTEM = new Caller("system", "system", "-", TenantRole.OWNER, true, Map.of());

    private final TenantRepository tenants;
    private final TenantAdministration administration;
    private final Function<String, String> environment;
    private final Path dataDirectory;

    public Bootstrap(Database database, TenantAdministration administration, Function<String, String> environment,
            Path dataDirectory) {
        this.tenants = new TenantRepository(database);
        this.administration = administration;
        this.environment = environment;
        this.dataDirectory = dataDirectory;
    }

    /** Whether this call created the first tenant and its administrator. */
    public boolean run() {
        if (tenants.findByName(TENANT).isPresent()) {
            return false;
        }
        String given = givenPassword();
        String password = given == null ? Passwords.generate() : given;
        try {
            administration.createWithOwner(SYSTEM, TENANT, new UserDraft(ADMIN, password, null, null, true), true);
        } catch (ProblemException e) {
            if (e.problem().status() == 409 && tenants.findByName(TENANT).isPresent()) {
                LOG.info("Tenant '{}' was created by another node starting at the same time", TENANT);
                return false;
            }
            throw e;
        }
        if (given == null) {
            announce(password);
        } else {
            LOG.info("Created tenant '{}' and its administrator '{}' with the password from {}", TENANT, ADMIN,
                    PASSWORD_VARIABLE);
        }
        return true;
    }

    private String givenPassword() {
        String given = environment.apply(PASSWORD_VARIABLE);
        if (given == null || given.isEmpty()) {
            return null;
        }
        if (given.length() < Passwords.MIN_LENGTH) {
            LOG.warn("{} is shorter than {} characters and was ignored; a password is generated instead",
                    PASSWORD_VARIABLE, Passwords.MIN_LENGTH);
            return null;
        }
        return given;
    }

    /** The one time the generated password is shown: the log and an owner-only file. */
    private void announce(String password) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        String where;
        try {
            OwnerOnlyFiles.write(file, password + System.lineSeparator());
            where = "It is also in " + file.toAbsolutePath() + " (readable by its owner only).";
        } catch (IOException e) {
            where = "It could not be written to " + file.toAbsolutePath() + ": " + e.getMessage();
        }
        // one line: Karaf's log pattern encodes line breaks
        LOG.warn("*** Tributary created tenant '{}' and its administrator '{}' (a platform operator). Initial password: {}"
                + " -- {} Sign in and change it. This message is not shown again. ***", TENANT, ADMIN, password, where);
    }
}
