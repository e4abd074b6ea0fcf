package io.tributary.store.internal;

import java.util.List;

/**
 * What one migration run did: the versions this run applied (others may have been applied by another node)
 * and the highest version applied in the database afterwards.
 */
public record MigrationReport(List<Integer> appliedVersions, int schemaVersion) {

    public MigrationReport {
        appliedVersions = List.copyOf(appliedVersions);
    }
}
