package io.tributary.rest.internal.marketplace.install;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of an upgrade: the version to move to. */
@Schema(name = "UpgradeRequest")
public record VersionRequest(@Schema(description = "absent for the highest installable version") String version) {
}
