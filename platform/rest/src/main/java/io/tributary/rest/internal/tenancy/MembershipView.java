package io.tributary.rest.internal.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.Membership;

/** One user's role in one workspace, as the API shows it; the role in lower case. */
@Schema(name = "Membership")
public record MembershipView(String workspaceId, String workspaceName, String userId, String username,
                             @Schema(allowableValues = {"manage", "monitor"}) String role) {

    public static MembershipView of(Membership membership) {
        return new MembershipView(membership.workspaceId(), membership.workspaceName(), membership.userId(),
                membership.username(), EnumNames.of(membership.role()));
    }
}
