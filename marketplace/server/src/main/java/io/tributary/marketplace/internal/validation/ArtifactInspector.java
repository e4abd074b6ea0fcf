package io.tributary.marketplace.internal.validation;

import java.nio.file.Path;
import java.util.List;

import io.tributary.signing.PublisherKey;

/**
 * The publishing validation pipeline: runs every check on an uploaded artifact and reports all failures at once,
 * never stopping at the first (but skipping checks that cannot run, e.g. the descriptor of a file that is no zip).
 */
public interface ArtifactInspector {

    /**
     * @param artifact   the uploaded file
     * @param signature  the detached signature as uploaded (raw or Base64); null or empty is a failure
     * @param key        the publisher's key; null is a failure of {@code publisher}
     * @param neighbours the other artifacts of the marketplace the resolver may use to satisfy requirements (the
     *                   highest installable version of every other listing)
     */
    Inspection inspect(Path artifact, byte[] signature, PublisherKey key, List<Path> neighbours);
}
