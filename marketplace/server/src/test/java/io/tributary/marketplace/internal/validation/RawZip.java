package io.tributary.marketplace.internal.validation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, so tests can make what {@code ZipOutputStream} refuses to: duplicate names,
 * symbolic links, headers that lie about sizes.
 */
final class RawZip {

    private static final int UNIX = 3 << 8;
    private static final int REGULAR_FILE = 0100644;
    private static final int SYMBOLIC_LINK = 0120777;

    private record Entry(String name, byte[] data, int mode, boolean deflate, long claimedSize) {
    }

    private final List<Entry> entries = new ArrayList<>();

    RawZip add(String name, byte[] data) {
        entries.add(new Entry(name, data, REGULAR_FILE, true, data.length));
        return this;
    }

    /** A symbolic link, stored as Info-ZIP does: the target path is the content, the mode says link. */
    RawZip link(String name, String target) {
        entries.add(new Entry(name, target.getBytes(StandardCharsets.UTF_8), SYMBOLIC_LINK, false,
                target.length()));
        return this;
    }

    /** An entry whose headers claim it unpacks to {@code claimedSize} bytes, whatever it really holds. */
    RawZip lying(String name, byte[] data, long claimedSize) {
        entries.add(new Entry(name, data, REGULAR_FILE, true, claimedSize));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            byte[] stored = entry.deflate() ? deflate(entry.data()) : entry.data();
            CRC32 crc = new CRC32();
            crc.update(entry.data());
            int method = entry.deflate() ? 8 : 0;
            int offset = out.size();
            ByteBuffer local = little(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800)
                    .putShort((short) method).putInt(0).putInt((int) crc.getValue()).putInt(stored.length)
                    .putInt((int) entry.claimedSize()).putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(stored);
            ByteBuffer central = little(46 + name.length).putInt(0x02014b50).putShort((short) (UNIX | 20))
                    .putShort((short) 20).putShort((short) 0x800).putShort((short) method).putInt(0)
                    .putInt((int) crc.getValue()).putInt(stored.length).putInt((int) entry.claimedSize())
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(entry.mode() << 16).putInt(offset).put(name);
            directory.writeBytes(central.array());
        }
        int directoryOffset = out.size();
        out.writeBytes(directory.toByteArray());
        ByteBuffer end = little(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) entries.size()).putShort((short) entries.size()).putInt(directory.size())
                .putInt(directoryOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
