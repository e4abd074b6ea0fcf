package io.tributary.marketplace.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArchiveRulesTest {

    @Test
    void plainRelativeNamesAreSafe() {
        assertEquals(Optional.empty(), ArchiveRules.nameProblem("OSGI-INF/tributary/connector.json"));
        assertEquals(Optional.empty(), ArchiveRules.nameProblem("META-INF/"));
        assertEquals(Optional.empty(), ArchiveRules.nameProblem("lib/..hidden/file..txt"));
    }

    @Test
    void namesThatReachOutsideTheFolderAreNot() {
        assertEquals(Optional.of("that leaves the archive"), ArchiveRules.nameProblem(".."));
        assertEquals(Optional.of("that leaves the archive"), ArchiveRules.nameProblem("a/..\\..\\b"));
        assertEquals(Optional.of("with an absolute path"), ArchiveRules.nameProblem("\\\\server\\share"));
        assertEquals(Optional.of("with an absolute path"), ArchiveRules.nameProblem("c:evil"));
        assertEquals(Optional.of("with an empty name"), ArchiveRules.nameProblem(""));
    }

    @Test
    void namesInMessagesAreEscapedAndCut() {
        assertEquals("'a\\u000ab'", ArchiveRules.shown("a\nb"));
        assertEquals(203, ArchiveRules.shown("x".repeat(500)).length());
    }
}
