package io.tributary.archive;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * What {@link ArchiveChecks#inspect} found: every problem, and the archive to read further. Closing closes it.
 *
 * @param problems what is wrong with the archive, each said of it ("has ..."); empty when nothing is
 * @param reader   the open archive, or null when it is too large or cannot be read as a zip at all
 */
public record ArchiveInspection(List<String> problems, ArchiveReader reader) implements Closeable {

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
