package io.tributary.tenancy.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes files only their owner may read (rw-------): the initial admin password and the secret key ring. */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /**
     * Replaces {@code file} atomically with {@code content}. The temporary file is created owner-only, so the
     * content is never readable by others, not even for a moment.
     */
    public static void write(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = createOwnerOnly(directory, file.getFileName().toString());
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path createOwnerOnly(Path directory, String name) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, name, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        }
        Path temporary = Files.createTempFile(directory, name, ".tmp");
        // without POSIX permissions (Windows) the best available: readable and writable by the owner only
        temporary.toFile().setReadable(false, false);
        temporary.toFile().setWritable(false, false);
        temporary.toFile().setReadable(true, true);
        temporary.toFile().setWritable(true, true);
        return temporary;
    }
}
