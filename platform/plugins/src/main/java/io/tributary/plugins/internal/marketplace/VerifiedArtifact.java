package io.tributary.plugins.internal.marketplace;

import java.nio.file.Path;

/**
 * A planned item whose artifact passed every check.
 *
 * @param file  the verified bytes: the only copy that goes on to the framework
 * @param facts read from its manifest
 */
record VerifiedArtifact(PlannedItem item, Path file, JarFacts facts) {

    Candidate candidate() {
        return item.candidate();
    }
}
