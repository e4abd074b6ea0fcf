package io.tributary.marketplace.internal.seed;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import io.tributary.api.marketplace.Kind;
import io.tributary.marketplace.internal.catalog.ArtifactPeek;

/**
 * A jar of the seed directory, with what it says it is when that can be read. Seeds are published connectors
 * first, as integrations resolve against the connectors they need; jars that say nothing come last, to be refused.
 */
record SeedJar(Path file, Optional<ArtifactPeek> peek) {

    static final Comparator<SeedJar> PUBLISHING_ORDER = Comparator.comparingInt(SeedJar::rank)
            .thenComparing(jar -> jar.file().getFileName().toString());

    static SeedJar of(Path file) {
        return new SeedJar(file, ArtifactPeek.of(file));
    }

    String name() {
        return file.getFileName().toString();
    }

    private int rank() {
        return peek.map(ArtifactPeek::kind).map(kind -> kind == Kind.CONNECTOR ? 0 : 1).orElse(2);
    }
}
