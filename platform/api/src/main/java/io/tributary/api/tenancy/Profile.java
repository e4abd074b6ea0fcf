package io.tributary.api.tenancy;

import java.util.List;

/**
 * What {@code GET /me} shows: the caller, their tenant and their workspaces.
 *
 * @param user        the caller
 * @param tenant      the caller's tenant
 * @param memberships the workspaces the caller may act in, with the role they have there
 */
public record Profile(User user, Tenant tenant, List<Membership> memberships) {

    public Profile {
        memberships = List.copyOf(memberships);
    }
}
