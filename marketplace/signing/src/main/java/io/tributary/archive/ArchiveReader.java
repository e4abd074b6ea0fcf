package io.tributary.archive;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The archive's contents through {@code java.util.zip}, always read with a bound: the sizes in zip headers are the
 * publisher's claims, so only bytes actually inflated are counted.
 */
public final class ArchiveReader implements Closeable {

    private static final int BUFFER = 64 * 1024;

    private final ZipFile zip;
    private final Set<String> names;

    private ArchiveReader(ZipFile zip, Set<String> names) {
        this.zip = zip;
        this.names = names;
    }

    /** @throws IOException when {@code java.util.zip} cannot read the file as a zip */
    public static ArchiveReader open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        Set<String> names = new LinkedHashSet<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            names.add(entries.nextElement().getName());
        }
        return new ArchiveReader(zip, Collections.unmodifiableSet(names));
    }

    public Set<String> names() {
        return names;
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    /**
     * The bytes of one entry.
     *
     * @return null when there is no such entry
     * @throws TooLargeException when it unpacks to more than {@code maxBytes}
     */
    public byte[] read(String name, long maxBytes) throws IOException {
        if (!has(name)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    /**
     * Inflates every entry and counts the bytes, stopping as soon as they exceed {@code limit}.
     *
     * @return the bytes counted: more than {@code limit} when the archive unpacks to more
     */
    long unpackedSize(long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            try (InputStream in = zip.getInputStream(entries.nextElement())) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    total += read;
                    if (total > limit) {
                        return total;
                    }
                }
            }
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** An entry unpacked to more bytes than may be read into memory. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("unpacks to more than " + maxBytes + " bytes");
        }
    }
}
