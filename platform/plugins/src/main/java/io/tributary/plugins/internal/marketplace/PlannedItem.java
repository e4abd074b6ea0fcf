package io.tributary.plugins.internal.marketplace;

import java.util.List;

import io.tributary.api.marketplace.Dependency;

/**
 * One listing version of an install plan.
 *
 * @param featureDependencies its dependencies that marketplace installs satisfy (planned now or installed before):
 *                            its feature names their features; those satisfied by connectors installed by hand are
 *                            left to the resolver
 */
record PlannedItem(Candidate candidate, List<Dependency> featureDependencies) {

    PlannedItem {
        featureDependencies = List.copyOf(featureDependencies);
    }
}
