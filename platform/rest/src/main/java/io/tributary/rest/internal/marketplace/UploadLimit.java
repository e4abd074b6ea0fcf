package io.tributary.rest.internal.marketplace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.problem.Problems;

/**
 * Reads a multipart/form-data request body of at most {@code maxBytes} (415 without a Content-Type): a declared
 * {@code Content-Length} above it is refused before anything is read, and a body that turns out longer is cut off as
 * soon as it passes the limit. Either way the answer is a 413 naming {@code field}, and the parser has already
 * removed any part it had buffered.
 *
 * @param maxBytes the largest body accepted
 * @param field    what the problem names as too large: the upload's big part
 */
record UploadLimit(long maxBytes, String field) {

    FormDataMultiPart read(ContainerRequest request) {
        if (request.getMediaType() == null) {
            // Jersey matches a body without Content-Type to any @Consumes; the parser would fail on the missing boundary
            throw new ProblemException(new Problem("about:blank", Problems.title(415), 415,
                    "The request has no Content-Type; an upload is sent as multipart/form-data.",
                    List.of(new FieldError(HttpHeaders.CONTENT_TYPE, "must be " + MediaType.MULTIPART_FORM_DATA))));
        }
        if (declaredLength(request) > maxBytes) {
            throw tooLarge();
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
        try {
            return request.readEntity(FormDataMultiPart.class);
        } catch (BadRequestException e) {
            // the parser's verdict on what it was sent, e.g. no closing boundary
            throw new ProblemException(Problem.of(400, Problems.title(400),
                    "The request body is not a complete multipart/form-data body."));
        } catch (ProcessingException e) {
            if (causedByTheLimit(e)) {
                throw tooLarge();
            }
            throw e;
        }
    }

    ProblemException tooLarge() {
        return new ProblemException(new Problem("about:blank", Problems.title(413), 413,
                "The upload is larger than " + describe(maxBytes) + ".",
                List.of(new FieldError(field, "may have at most " + describe(maxBytes)))));
    }

    /** A size in the largest unit that writes it as a whole number, e.g. 64 MiB. */
    static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    /** -1 when absent; an unparsable value is the container's to refuse, not ours. */
    private static long declaredLength(ContainerRequest request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean causedByTheLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitExceeded) {
                return true;
            }
        }
        return false;
    }

    /** An I/O failure, so the MIME parser treats it as one: it deletes what it buffered and passes it on. */
    static final class LimitExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        LimitExceeded(long maxBytes) {
            super("The request body is longer than " + maxBytes + " bytes");
        }
    }

    /** Counts what is read and fails once the count passes the limit. */
    static final class LimitedStream extends FilterInputStream {

        private final long maxBytes;
        private long count;

        LimitedStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
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

        private void counted(long bytes) throws LimitExceeded {
            count += bytes;
            if (count > maxBytes) {
                throw new LimitExceeded(maxBytes);
            }
        }
    }
}
