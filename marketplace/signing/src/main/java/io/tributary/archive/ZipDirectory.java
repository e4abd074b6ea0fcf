package io.tributary.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The central directory of a zip file, read by hand: {@code java.util.zip} hides the Unix mode that marks symbolic
 * links, collapses duplicate names and never compares the central names with the local headers that streaming
 * readers trust.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int CENTRAL_SIZE = 46;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_SIZE = 30;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final long SATURATED_32 = 0xFFFFFFFFL;
    private static final int SATURATED_16 = 0xFFFF;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;

    /**
     * One central directory record.
     *
     * @param name        decoded as UTF-8, as {@code java.util.zip} does
     * @param rawName     the name's bytes
     * @param link        whether the Unix mode in the external attributes says symbolic link
     * @param localName   the name in the entry's local header
     */
    record Entry(String name, byte[] rawName, boolean link, byte[] localName) {

        boolean localNameDiffers() {
            return !Arrays.equals(rawName, localName);
        }
    }

    private final List<Entry> entries;
    private final long declaredCount;

    private ZipDirectory(List<Entry> entries, long declaredCount) {
        this.entries = List.copyOf(entries);
        this.declaredCount = declaredCount;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry count the end record declares, known before any record is read. */
    long declaredCount() {
        return declaredCount;
    }

    /**
     * Reads the directory, reading at most {@code maxRecords} records.
     *
     * @throws ZipException when the file is not a zip or its directory is damaged
     */
    static ZipDirectory read(Path file, long maxRecords) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = findEnd(channel);
            ByteBuffer record = read(channel, end, END_SIZE);
            long count = record.getShort(10) & SATURATED_16;
            long size = record.getInt(12) & SATURATED_32;
            long offset = record.getInt(16) & SATURATED_32;
            if (count == SATURATED_16 || size == SATURATED_32 || offset == SATURATED_32) {
                ByteBuffer zip64 = zip64End(channel, end);
                count = zip64.getLong(32);
                size = zip64.getLong(40);
                offset = zip64.getLong(48);
            }
            if (count < 0 || size < 0 || offset < 0 || offset + size > channel.size() || size > Integer.MAX_VALUE) {
                throw new ZipException("its central directory lies outside the file");
            }
            ByteBuffer directory = read(channel, offset, (int) size);
            List<Entry> entries = records(channel, directory, Math.min(count, maxRecords));
            if (count <= maxRecords && directory.position() != directory.limit()) {
                throw new ZipException("its central directory holds more than the " + count + " entries it declares");
            }
            return new ZipDirectory(entries, count);
        }
    }

    private static List<Entry> records(FileChannel channel, ByteBuffer directory, long count) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (long i = 0; i < count; i++) {
            if (position + CENTRAL_SIZE > directory.limit() || directory.getInt(position) != CENTRAL_SIGNATURE) {
                throw new ZipException("its central directory is damaged at record " + (i + 1));
            }
            int nameLength = directory.getShort(position + 28) & SATURATED_16;
            int extraLength = directory.getShort(position + 30) & SATURATED_16;
            int commentLength = directory.getShort(position + 32) & SATURATED_16;
            int mode = directory.getInt(position + 38) >>> 16;
            long localOffset = directory.getInt(position + 42) & SATURATED_32;
            int next = position + CENTRAL_SIZE + nameLength + extraLength + commentLength;
            if (next > directory.limit()) {
                throw new ZipException("its central directory is damaged at record " + (i + 1));
            }
            byte[] name = new byte[nameLength];
            directory.get(position + CENTRAL_SIZE, name);
            if (localOffset == SATURATED_32) {
                localOffset = zip64Offset(directory, position, position + CENTRAL_SIZE + nameLength, extraLength);
            }
            boolean link = (mode & FILE_TYPE_MASK) == SYMBOLIC_LINK;
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), name, link,
                    localName(channel, localOffset)));
            position = next;
        }
        directory.position(position);
        return entries;
    }

    private static long findEnd(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        if (fileSize < END_SIZE) {
            throw new ZipException("it is too short to be a zip file");
        }
        // the end record is followed by a comment of at most 64 KiB
        int tail = (int) Math.min(fileSize, END_SIZE + SATURATED_16);
        ByteBuffer buffer = read(channel, fileSize - tail, tail);
        for (int i = tail - END_SIZE; i >= 0; i--) {
            if (buffer.getInt(i) == END_SIGNATURE
                    && i + END_SIZE + (buffer.getShort(i + 20) & SATURATED_16) <= tail) {
                return fileSize - tail + i;
            }
        }
        throw new ZipException("it has no zip end-of-central-directory record");
    }

    private static ByteBuffer zip64End(FileChannel channel, long end) throws IOException {
        if (end < 20) {
            throw new ZipException("its zip64 end record is missing");
        }
        ByteBuffer locator = read(channel, end - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            throw new ZipException("its zip64 end record is missing");
        }
        long offset = locator.getLong(8);
        if (offset < 0 || offset + 56 > end) {
            throw new ZipException("its zip64 end record lies outside the file");
        }
        ByteBuffer record = read(channel, offset, 56);
        if (record.getInt(0) != ZIP64_END_SIGNATURE) {
            throw new ZipException("its zip64 end record is damaged");
        }
        return record;
    }

    /** The local header offset from a zip64 extra field, which lists only the saturated values, in order. */
    private static long zip64Offset(ByteBuffer directory, int record, int extra, int extraLength) throws IOException {
        int skip = 0;
        if ((directory.getInt(record + 24) & SATURATED_32) == SATURATED_32) {
            skip += 8;
        }
        if ((directory.getInt(record + 20) & SATURATED_32) == SATURATED_32) {
            skip += 8;
        }
        for (int at = extra; at + 4 <= extra + extraLength; ) {
            int id = directory.getShort(at) & SATURATED_16;
            int length = directory.getShort(at + 2) & SATURATED_16;
            if (id == ZIP64_EXTRA && skip + 8 <= length && at + 4 + length <= extra + extraLength) {
                return directory.getLong(at + 4 + skip);
            }
            at += 4 + length;
        }
        throw new ZipException("a zip64 entry has no local header offset");
    }

    private static byte[] localName(FileChannel channel, long offset) throws IOException {
        if (offset < 0 || offset + LOCAL_SIZE > channel.size()) {
            throw new ZipException("an entry's local header lies outside the file");
        }
        ByteBuffer header = read(channel, offset, LOCAL_SIZE);
        if (header.getInt(0) != LOCAL_SIGNATURE) {
            throw new ZipException("an entry's local header is damaged");
        }
        int length = header.getShort(26) & SATURATED_16;
        if (offset + LOCAL_SIZE + length > channel.size()) {
            throw new ZipException("an entry's local header lies outside the file");
        }
        byte[] name = new byte[length];
        read(channel, offset + LOCAL_SIZE, length).get(0, name);
        return name;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new ZipException("it ends in the middle of a zip record");
            }
        }
        return buffer.flip();
    }
}
