package io.tributary.rest.internal.marketplace;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of deprecating or yanking a version. */
@Schema(name = "VersionStatusRequest")
public record StatusChangeRequest(@Schema(description = "why, shown to those who have it installed; may be absent")
                                  String reason) {
}
