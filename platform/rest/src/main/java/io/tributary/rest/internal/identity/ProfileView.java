package io.tributary.rest.internal.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.Profile;
import io.tributary.api.tenancy.Tenant;
import io.tributary.rest.internal.tenancy.MembershipView;
import io.tributary.rest.internal.tenancy.UserView;

/** {@code GET /me}: the caller, their tenant (their tenant role is in {@code user}) and their workspaces. */
@Schema(name = "Profile")
public record ProfileView(UserView user, Tenant tenant, List<MembershipView> memberships) {

    static ProfileView of(Profile profile) {
        return new ProfileView(UserView.of(profile.user()), profile.tenant(),
                profile.memberships().stream().map(MembershipView::of).toList());
    }
}
