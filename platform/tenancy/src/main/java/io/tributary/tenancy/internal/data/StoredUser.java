package io.tributary.tenancy.internal.data;

import io.tributary.api.tenancy.User;

/** A user row: the user and their Argon2id password hash, which never leaves the tenancy bundle. */
public record StoredUser(User user, String passwordHash) {
}
