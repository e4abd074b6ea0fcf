package io.tributary.plugins.internal.descriptor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads streams fully, but never more than a limit, so a hostile upload or entry cannot exhaust the heap. */
public final class LimitedReads {

    private LimitedReads() {
    }

    /**
     * All bytes of {@code in}.
     *
     * @throws TooLargeException when the stream holds more than {@code maxBytes}
     */
    public static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(in, out, maxBytes);
        return out.toByteArray();
    }

    /**
     * Copies all bytes of {@code in} to {@code out}.
     *
     * @throws TooLargeException when the stream holds more than {@code maxBytes}; what was copied stays in {@code out}
     */
    public static void copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buffer, 0, read);
        }
    }

    /** A stream was longer than allowed. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("larger than the limit of " + maxBytes + " bytes");
        }
    }
}
