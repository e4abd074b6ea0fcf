package io.tributary.tenancy.internal.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.audit.Summaries;
import io.tributary.tenancy.internal.data.StoredUser;
import io.tributary.tenancy.internal.data.TenantRepository;
import io.tributary.tenancy.internal.data.UserRepository;
import io.tributary.tenancy.internal.identity.PasswordHasher;
import io.tributary.tenancy.internal.identity.Usernames;

/** Tenants, which only platform operators list and create; each is created with its owner. */
public final class TenantAdministration {

    static final int MAX_NAME = 200;

    private final Database database;
    private final Clock clock;
    private final TenantRepository tenants;
    private final UserRepository users;
    private final AuditLog audit;
    private final PasswordHasher hasher;

    public TenantAdministration(Database database, Clock clock, PasswordHasher hasher) {
        this.database = database;
        this.clock = clock;
        this.tenants = new TenantRepository(database);
        this.users = new UserRepository(database);
        this.audit = new AuditLog(database, clock);
        this.hasher = hasher;
    }

    List<Tenant> tenants(Caller caller) {
        Access.requireOperator(caller);
        return tenants.list();
    }

    /**
     * Operators only (GET /me shows anyone their own tenant): a non-operator asking for their own tenant is refused
     * with 403; another tenant is 404, as if it did not exist.
     */
    Tenant tenant(Caller caller, String tenantId) {
        Tenant tenant = tenants.find(tenantId)
                .filter(found -> caller.operator() || found.id().equals(caller.tenantId()))
                .orElseThrow(() -> Problems.notFound("tenant"));
        Access.requireOperator(caller);
        return tenant;
    }

    Tenant createTenant(Caller caller, String name, UserDraft owner) {
        Access.requireOperator(caller);
        Violations violations = new Violations().requireText("name", name, MAX_NAME);
        UserRules.checkNew(owner, "owner.", violations);
        violations.throwIfAny();
        return createWithOwner(caller, name.strip(), owner, Boolean.TRUE.equals(owner.operator()));
    }

    /**
     * Creates a tenant and its owner in one transaction; 409 when the tenant name or the owner's user name is
     * taken, also when a concurrent request (another node) took it first.
     */
    public Tenant createWithOwner(Caller actor, String name, UserDraft owner, boolean operator) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Tenant tenant = new Tenant(Ids.next("tn"), name, now);
        User user = new User(Ids.next("us"), tenant.id(), Usernames.normalize(owner.username()),
                UserRules.email(owner.email()), TenantRole.OWNER, operator, now);
        String passwordHash = hasher.hash(owner.password());
        return database.transaction(c -> {
            if (tenants.findByName(name).isPresent()) {
                throw Problems.conflict("name", "a tenant of this name exists");
            }
            if (users.findByUsername(user.username()).isPresent()) {
                throw Problems.conflict("owner.username", "this user name is taken");
            }
            tenants.insert(tenant);
            users.insert(new StoredUser(user, passwordHash));
            audit.write(actor, tenant.id(), null, "tenant.create", "tenant:" + tenant.id(), null,
                    Summaries.of(tenant));
            audit.write(actor, tenant.id(), null, "user.create", "user:" + user.id(), null, Summaries.of(user));
            return tenant;
        }, () -> Problems.conflict("name", "the tenant name or the owner's user name is taken"));
    }
}
