package io.tributary.rest.internal.marketplace.install;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.marketplace.InstallResult;

/**
 * What an install or upgrade did.
 *
 * @param installed everything installed, dependencies first, the requested listing last
 * @param removed   the versions replaced (an upgrade's previous version)
 */
@Schema(name = "InstallResult")
public record InstallResultView(InstalledItemView item, List<InstalledItemView> installed,
                                List<InstalledItemView> removed, List<String> warnings) {

    static InstallResultView of(InstallResult result) {
        return new InstallResultView(InstalledItemView.of(result.item()),
                result.installed().stream().map(InstalledItemView::of).toList(),
                result.removed().stream().map(InstalledItemView::of).toList(), result.warnings());
    }
}
