package io.tributary.publisher;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the user's files, with messages that say which file and why. */
final class LocalFiles {

    private LocalFiles() {
    }

    /** @param what names the file in messages, e.g. "artifact" */
    static Path regularFile(Path file, String what) throws CliException {
        if (!Files.exists(file)) {
            throw CliException.local(what + " " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw CliException.local(what + " " + file + " is not a file");
        }
        if (!Files.isReadable(file)) {
            throw CliException.local(what + " " + file + " is not readable");
        }
        return file;
    }

    static String readText(Path file, String what) throws CliException {
        regularFile(file, what);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw CliException.local(what + " " + file + " is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw CliException.local(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw CliException.local("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }
}
