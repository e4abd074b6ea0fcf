package io.tributary.rest.internal.identity;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.NewApiToken;

/** An API token just created, with its secret: the only time the secret is shown. */
@Schema(name = "CreatedToken")
public record CreatedToken(String id, String name, Instant createdAt, Instant expiresAt,
                           @Schema(description = "The bearer secret; shown this once") String token) {

    static CreatedToken of(NewApiToken created) {
        return new CreatedToken(created.token().id(), created.token().name(), created.token().createdAt(),
                created.token().expiresAt(), created.secret());
    }
}
