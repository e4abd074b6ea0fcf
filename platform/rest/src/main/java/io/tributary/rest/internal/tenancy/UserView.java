package io.tributary.rest.internal.tenancy;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.User;

/** A user as the API shows it; the role in lower case. */
@Schema(name = "User")
public record UserView(String id, String tenantId, String username, String email,
                       @Schema(allowableValues = {"owner", "admin", "member"}) String tenantRole,
                       boolean operator, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id(), user.tenantId(), user.username(), user.email(),
                EnumNames.of(user.tenantRole()), user.operator(), user.createdAt());
    }
}
