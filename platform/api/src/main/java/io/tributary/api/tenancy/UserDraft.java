package io.tributary.api.tenancy;

/**
 * A user to create ({@code POST /users}) or the changes to one ({@code PATCH /users/{id}}: null fields stay as they
 * are).
 *
 * @param username   login name, unique across the platform
 * @param password   at least 12 characters; hashed with Argon2id, never stored or logged as given
 * @param email      contact address for alerts
 * @param tenantRole role in the tenant; MEMBER when null on creation
 * @param operator   platform operator; only operators may grant it
 */
public record UserDraft(String username, String password, String email, TenantRole tenantRole, Boolean operator) {
}
