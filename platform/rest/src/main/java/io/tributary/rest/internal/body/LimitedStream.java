package io.tributary.rest.internal.body;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read and fails with {@link BodyTooLargeException} once the count passes the limit. */
final class LimitedStream extends FilterInputStream {

    private final long maxBytes;
    private final String field;
    private long count;

    LimitedStream(InputStream in, long maxBytes, String field) {
        super(in);
        this.maxBytes = maxBytes;
        this.field = field;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            counted(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would count bytes twice
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long bytes) throws BodyTooLargeException {
        count += bytes;
        if (count > maxBytes) {
            throw new BodyTooLargeException(maxBytes, field);
        }
    }
}
