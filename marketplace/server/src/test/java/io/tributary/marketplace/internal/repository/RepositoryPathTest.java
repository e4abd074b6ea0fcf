package io.tributary.marketplace.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.tributary.marketplace.internal.repository.RepositoryPath.Checksum;
import io.tributary.marketplace.internal.repository.RepositoryPath.VersionFile;

class RepositoryPathTest {

    @Test
    void aVersionsFilesAndChecksumsAreNamedByListingAndVersion() {
        assertEquals(new RepositoryPath("jdbc-pg", "1.0.0", VersionFile.JAR, null),
                RepositoryPath.parse("/io/tributary/marketplace/jdbc-pg/1.0.0/jdbc-pg-1.0.0.jar"));
        assertEquals(new RepositoryPath("jdbc-pg", "1.0.0", VersionFile.FEATURES, Checksum.SHA1),
                RepositoryPath.parse("/io/tributary/marketplace/jdbc-pg/1.0.0/jdbc-pg-1.0.0-features.xml.sha1"));
        assertEquals(new RepositoryPath("jdbc-pg", null, null, Checksum.MD5),
                RepositoryPath.parse("/io/tributary/marketplace/jdbc-pg/maven-metadata.xml.md5"));
    }

    @Test
    void otherPathsNameNothing() {
        assertNull(RepositoryPath.parse(null));
        assertNull(RepositoryPath.parse("/io/tributary/marketplace/a/1.0.0/b-1.0.0.jar"));
        assertNull(RepositoryPath.parse("/io/tributary/marketplace/a/1.0.0/a-1.0.0.pom"));
        assertNull(RepositoryPath.parse("/io/tributary/marketplace/../1.0.0/..-1.0.0.jar"));
        assertNull(RepositoryPath.parse("/io/tributary/marketplace/a//a-.jar"));
        assertNull(RepositoryPath.parse("/org/example/a/1.0.0/a-1.0.0.jar"));
    }
}
