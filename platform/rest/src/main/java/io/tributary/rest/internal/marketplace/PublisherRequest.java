package io.tributary.rest.internal.marketplace;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.rest.internal.validation.Required;

/** The body of {@code POST /marketplace/publishers}. */
public record PublisherRequest(@Required @Schema(description = "unique among publishers") String name,
                               @Required @Schema(description = "an X.509 SubjectPublicKeyInfo, PEM or bare Base64: "
                                       + "Ed25519, RSA of at least 2048 bits or EC P-256") String publicKey) {
}
