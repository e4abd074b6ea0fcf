package io.tributary.tenancy.internal.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import io.tributary.api.tenancy.Caller;
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
import io.tributary.tenancy.internal.data.TokenKind;
import io.tributary.tenancy.internal.data.TokenRepository;
import io.tributary.tenancy.internal.data.UserRepository;
import io.tributary.tenancy.internal.identity.PasswordHasher;
import io.tributary.tenancy.internal.identity.Usernames;

/**
 * Users of a tenant, administered by its owners and admins. Everyone may read and change their own password and
 * email; a tenant always keeps an owner; nobody deletes themselves.
 */
final class UserAdministration {

    private final Database database;
    private final Clock clock;
    private final TenantRepository tenants;
    private final UserRepository users;
    private final TokenRepository sessions;
    private final AuditLog audit;
    private final PasswordHasher hasher;

    UserAdministration(Database database, Clock clock, PasswordHasher hasher) {
        this.database = database;
        this.clock = clock;
        this.tenants = new TenantRepository(database);
        this.users = new UserRepository(database);
        this.sessions = new TokenRepository(database, TokenKind.SESSION);
        this.audit = new AuditLog(database, clock);
        this.hasher = hasher;
    }

    List<User> users(Caller caller) {
        Access.requireTenantAdmin(caller);
        return users.listByTenant(caller.tenantId());
    }

    User user(Caller caller, String userId) {
        User user = findInTenant(caller, userId);
        if (!user.id().equals(caller.userId())) {
            Access.requireTenantAdmin(caller);
        }
        return user;
    }

    User createUser(Caller caller, UserDraft draft) {
        Access.requireTenantAdmin(caller);
        Violations violations = new Violations();
        UserRules.checkNew(draft, "", violations);
        violations.throwIfAny();
        TenantRole role = draft.tenantRole() == null ? TenantRole.MEMBER : draft.tenantRole();
        boolean operator = Boolean.TRUE.equals(draft.operator());
        UserRules.authorize(caller, null, role, operator);
        User user = new User(Ids.next("us"), caller.tenantId(), Usernames.normalize(draft.username()),
                UserRules.email(draft.email()), role, operator, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        String passwordHash = hasher.hash(draft.password());
        return database.transaction(c -> {
            requireFreeUsername(user);
            users.insert(new StoredUser(user, passwordHash));
            audit.write(caller, caller.tenantId(), null, "user.create", target(user), null, Summaries.of(user));
            return user;
        }, UserAdministration::usernameTaken);
    }

    User updateUser(Caller caller, String userId, UserDraft changes) {
        User target = findInTenant(caller, userId);
        authorizeUpdate(caller, target, changes);
        Violations violations = new Violations();
        UserRules.checkChanges(changes, "", violations);
        violations.throwIfAny();
        TenantRole role = changes.tenantRole() == null ? target.tenantRole() : changes.tenantRole();
        boolean operator = changes.operator() == null ? target.operator() : changes.operator();
        UserRules.authorize(caller, target, role, operator);
        User updated = new User(target.id(), target.tenantId(),
                changes.username() == null ? target.username() : Usernames.normalize(changes.username()),
                changes.email() == null ? target.email() : UserRules.email(changes.email()), role, operator,
                target.createdAt());
        String passwordHash = changes.password() == null ? null : hasher.hash(changes.password());
        return database.transaction(c -> {
            if (target.tenantRole() == TenantRole.OWNER && role != TenantRole.OWNER) {
                requireAnotherOwner(target);
            }
            requireFreeUsername(updated);
            users.update(updated);
            if (passwordHash != null) {
                users.updatePassword(updated.id(), passwordHash);
                // a new password ends the sessions signed in with the old one
                sessions.revokeAllOf(updated.id());
            }
            audit.write(caller, caller.tenantId(), null, "user.update", target(updated), Summaries.of(target),
                    Summaries.of(updated).put("passwordChanged", passwordHash != null));
            return updated;
        }, UserAdministration::usernameTaken);
    }

    void deleteUser(Caller caller, String userId) {
        User target = findInTenant(caller, userId);
        Access.requireTenantAdmin(caller);
        if (target.id().equals(caller.userId())) {
            throw Problems.conflict("You cannot delete yourself");
        }
        UserRules.authorize(caller, target, target.tenantRole(), target.operator());
        database.transaction(c -> {
            if (target.tenantRole() == TenantRole.OWNER) {
                requireAnotherOwner(target);
            }
            users.delete(target.id());
            audit.write(caller, caller.tenantId(), null, "user.delete", target(target), Summaries.of(target), null);
            return null;
        });
    }

    /** Members may change their own password and email, nothing else; admins follow {@link UserRules}. */
    private static void authorizeUpdate(Caller caller, User target, UserDraft changes) {
        if (caller.tenantRole().isAdmin()) {
            return;
        }
        boolean onlyOwnPasswordOrEmail = target.id().equals(caller.userId())
                && (changes.username() == null || Usernames.normalize(changes.username()).equals(target.username()))
                && (changes.tenantRole() == null || changes.tenantRole() == target.tenantRole())
                && (changes.operator() == null || changes.operator() == target.operator());
        if (!onlyOwnPasswordOrEmail) {
            throw Problems.forbidden("You may change only your own password and email");
        }
    }

    /** Locks the tenant so that two owners cannot demote each other at once and leave it without any. */
    private void requireAnotherOwner(User owner) {
        tenants.lock(owner.tenantId());
        if (users.countOwners(owner.tenantId()) <= 1) {
            throw Problems.conflict("tenantRole", "a tenant keeps at least one owner");
        }
    }

    private void requireFreeUsername(User user) {
        users.findByUsername(user.username()).filter(other -> !Objects.equals(other.user().id(), user.id()))
                .ifPresent(other -> {
                    throw usernameTaken();
                });
    }

    private User findInTenant(Caller caller, String userId) {
        return users.find(userId).map(StoredUser::user)
                .filter(user -> user.tenantId().equals(caller.tenantId()))
                .orElseThrow(() -> Problems.notFound("user"));
    }

    private static RuntimeException usernameTaken() {
        return Problems.conflict("username", "this user name is taken");
    }

    private static String target(User user) {
        return "user:" + user.id();
    }
}
