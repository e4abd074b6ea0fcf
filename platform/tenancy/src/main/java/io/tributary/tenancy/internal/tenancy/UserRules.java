package io.tributary.tenancy.internal.tenancy;

import java.util.regex.Pattern;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.identity.Passwords;
import io.tributary.tenancy.internal.identity.Usernames;

/** What a user draft must look like, and who may hand out the owner role and operator rights. */
final class UserRules {

    static final int MAX_EMAIL = 320;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private UserRules() {
    }

    /** A new user: user name and password required; {@code prefix} names the draft, e.g. {@code owner.}. */
    static void checkNew(UserDraft draft, String prefix, Violations violations) {
        if (draft == null) {
            violations.add(prefix.isEmpty() ? "user" : prefix.substring(0, prefix.length() - 1), "is required");
            return;
        }
        if (draft.username() == null || draft.username().isBlank()) {
            violations.add(prefix + "username", "is required");
        }
        checkChanges(draft, prefix, violations);
        if (draft.password() == null) {
            Passwords.check(prefix + "password", null, violations);
        }
    }

    /** Changes to a user: each field given must be valid. */
    static void checkChanges(UserDraft draft, String prefix, Violations violations) {
        if (draft.username() != null && !draft.username().isBlank()) {
            violations.requireMatch(prefix + "username", Usernames.normalize(draft.username()), Usernames.VALID,
                    Usernames.RULE);
        }
        if (draft.password() != null) {
            Passwords.check(prefix + "password", draft.password(), violations);
        }
        String email = email(draft.email());
        violations.limitText(prefix + "email", email, MAX_EMAIL)
                .requireMatch(prefix + "email", email, EMAIL, "must be an email address");
    }

    /** An email address as stored: trimmed, null when empty. */
    static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip();
    }

    /**
     * Only operators grant or revoke operator rights; only owners grant or revoke the owner role, or change an
     * owner at all (else an admin could take over the tenant by resetting an owner's password).
     *
     * @param target the user as they are; null for a new user
     */
    static void authorize(Caller caller, User target, TenantRole role, boolean operator) {
        boolean wasOperator = target != null && target.operator();
        if (operator != wasOperator && !caller.operator()) {
            throw Problems.forbidden("Only platform operators grant or revoke operator rights");
        }
        boolean wasOwner = target != null && target.tenantRole() == TenantRole.OWNER;
        if ((wasOwner || role == TenantRole.OWNER) && caller.tenantRole() != TenantRole.OWNER) {
            throw Problems.forbidden("Only owners grant or revoke the owner role or change an owner");
        }
    }
}
