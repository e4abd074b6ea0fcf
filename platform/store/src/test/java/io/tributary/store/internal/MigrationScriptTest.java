package io.tributary.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScriptTest {

    @TempDir
    Path folder;

    private static MigrationScript script(String text) {
        return new MigrationScript(1, "test", "V1__test.sql", text);
    }

    private Path write(String relativePath, String text) throws IOException {
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void splitsOnSemicolonEndingLineAndDropsIt() {
        MigrationScript script = script("CREATE TABLE a (\n  id INTEGER\n);\nINSERT INTO a VALUES (1);  \n");

        assertEquals(List.of("CREATE TABLE a (\n  id INTEGER\n)", "INSERT INTO a VALUES (1)"), script.statements());
    }

    @Test
    void skipsCommentAndBlankLines() {
        MigrationScript script = script("-- header\n\nCREATE TABLE a (id INTEGER);\n   -- indented comment\n\n");

        assertEquals(List.of("CREATE TABLE a (id INTEGER)"), script.statements());
    }

    @Test
    void keepsSemicolonInsideLine() {
        MigrationScript script = script("INSERT INTO a VALUES ('x;y');\n");

        assertEquals(List.of("INSERT INTO a VALUES ('x;y')"), script.statements());
    }

    @Test
    void countsTextAfterLastSemicolonAsStatement() {
        MigrationScript script = script("CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER)");

        assertEquals(List.of("CREATE TABLE a (id INTEGER)", "CREATE TABLE b (id INTEGER)"), script.statements());
    }

    @Test
    void readsVersionDescriptionAndLabelFromFileName() throws IOException {
        Path file = write("V12__add_user_table.sql", "SELECT 1");

        MigrationScript script = MigrationScript.read(file.toUri().toURL(), "derby");

        assertEquals(12, script.version());
        assertEquals("add user table", script.description());
        assertEquals("derby/V12__add_user_table.sql", script.label());
    }

    @Test
    void checksumIgnoresLineEndings() throws IOException {
        Path unix = write("unix/V1__a.sql", "A;\nB;\n");
        Path windows = write("windows/V1__a.sql", "A;\r\nB;\r\n");

        String unixChecksum = MigrationScript.read(unix.toUri().toURL(), "").checksum();

        assertEquals(unixChecksum, MigrationScript.read(windows.toUri().toURL(), "").checksum());
        assertTrue(unixChecksum.matches("[0-9a-f]{64}"), unixChecksum);
    }

    @Test
    void refusesFileNameWithoutVersionPattern() throws IOException {
        Path file = write("V2_single_underscore.sql", "SELECT 1");

        MigrationException refused = assertThrows(MigrationException.class,
                () -> MigrationScript.read(file.toUri().toURL(), ""));

        assertTrue(refused.getMessage().contains("V2_single_underscore.sql is not named"), refused.getMessage());
    }
}
