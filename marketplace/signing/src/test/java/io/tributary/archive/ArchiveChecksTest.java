package io.tributary.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveChecksTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(1 << 20, 30, 4 << 20);

    @TempDir
    Path directory;

    @Test
    void plainRelativeNamesAreSafe() {
        assertEquals(Optional.empty(), ArchiveChecks.nameProblem("OSGI-INF/tributary/connector.json"));
        assertEquals(Optional.empty(), ArchiveChecks.nameProblem("META-INF/"));
        assertEquals(Optional.empty(), ArchiveChecks.nameProblem("lib/..hidden/file..txt"));
    }

    @Test
    void namesThatReachOutsideTheFolderAreNot() {
        assertEquals(Optional.of("that leaves the archive"), ArchiveChecks.nameProblem(".."));
        assertEquals(Optional.of("that leaves the archive"), ArchiveChecks.nameProblem("a/..\\..\\b"));
        assertEquals(Optional.of("with an absolute path"), ArchiveChecks.nameProblem("\\\\server\\share"));
        assertEquals(Optional.of("with an absolute path"), ArchiveChecks.nameProblem("c:evil"));
        assertEquals(Optional.of("with an empty name"), ArchiveChecks.nameProblem(""));
    }

    @Test
    void namesInMessagesAreEscapedAndCut() {
        assertEquals("'a\\u000ab'", ArchiveChecks.shown("a\nb"));
        assertEquals(203, ArchiveChecks.shown("x".repeat(500)).length());
    }

    @Test
    void aSoundArchiveHasNoProblemsAndIsLeftOpenForReading() throws IOException {
        Path zip = zip("a.txt", 100, "b/c.txt", 200);

        try (ArchiveInspection inspection = ArchiveChecks.inspect(zip, LIMITS)) {
            assertEquals(List.of(), inspection.problems());
            assertEquals(200, inspection.reader().read("b/c.txt", 1000).length);
        }
    }

    @Test
    void aSmallArchiveThatUnpacksBeyondTheLimitIsCaughtWhileInflating() throws IOException {
        Path bomb = zip("META-INF/MANIFEST.MF", 64L << 20);
        assertTrue(Files.size(bomb) < LIMITS.maxBytes());

        try (ArchiveInspection inspection = ArchiveChecks.inspect(bomb, LIMITS)) {
            assertEquals(List.of("unpacks to more than 4194304 bytes, the most an artifact may unpack to"),
                    inspection.problems());
            assertNotNull(inspection.reader(), "its other entries may still be checked, within their own bounds");
        }
    }

    @Test
    void anArchiveAboveTheSizeLimitIsNotOpened() throws IOException {
        Path large = directory.resolve("large.jar");
        Files.write(large, new byte[(1 << 20) + 1]);

        ArchiveInspection inspection = ArchiveChecks.inspect(large, LIMITS);

        assertEquals(List.of("is 1048577 bytes; at most 1048576 are allowed"), inspection.problems());
        assertNull(inspection.reader());
    }

    @Test
    void tooManyEntriesAreCountedFromTheDirectoryAndRepeatedProblemsListedTwentyOfAKind() throws IOException {
        Object[] entries = new Object[2 * 40];
        for (int i = 0; i < 40; i++) {
            entries[2 * i] = "../" + i;
            entries[2 * i + 1] = 1L;
        }

        try (ArchiveInspection inspection = ArchiveChecks.inspect(zip(entries), LIMITS)) {
            List<String> problems = inspection.problems();
            assertEquals("has 40 entries; at most 30 are allowed", problems.get(0));
            assertEquals("has an entry '../0' that leaves the archive", problems.get(1));
            assertEquals(1 + ArchiveChecks.MAX_PER_KIND + 1, problems.size());
            assertEquals("has 10 more entries like these (unsafe name) that are not listed", problems.get(21));
        }
    }

    @Test
    void aFileThatIsNoZipSaysSo() throws IOException {
        Path text = directory.resolve("notes.jar");
        Files.writeString(text, "just some text");

        ArchiveInspection inspection = ArchiveChecks.inspect(text, LIMITS);

        assertTrue(inspection.problems().get(0).startsWith("is not a readable zip (jar) archive: "),
                inspection.problems()::toString);
        assertNull(inspection.reader());
    }

    /** A zip of entries given as name, size pairs, each of zero bytes: they deflate to almost nothing. */
    private Path zip(Object... namesAndSizes) throws IOException {
        Path file = Files.createTempFile(directory, "archive-", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndSizes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndSizes[i]));
                writeZeros(zip, ((Number) namesAndSizes[i + 1]).longValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        for (long left = count; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }
}
