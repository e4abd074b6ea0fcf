package io.tributary.publisher;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A {@code multipart/form-data} body (RFC 7578) whose file parts are streamed from disk as the request is sent. */
final class MultipartBody {

    private static final String CRLF = "\r\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final List<BodyPublisher> parts = new ArrayList<>();

    MultipartBody() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        // 128 random bits: the chance of the boundary occurring inside an artifact is nil
        this.boundary = "tributary-" + HexFormat.of().formatHex(random);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    MultipartBody text(String name, String value) {
        parts.add(bytes(head(name, null, "text/plain; charset=UTF-8") + value + CRLF));
        return this;
    }

    /** The file is opened when the body is sent and read in chunks, never whole. */
    MultipartBody file(String name, Path file, String contentType) throws FileNotFoundException {
        parts.add(bytes(head(name, file.getFileName().toString(), contentType)));
        parts.add(BodyPublishers.ofFile(file));
        parts.add(bytes(CRLF));
        return this;
    }

    /** The parts added so far and the closing delimiter; its length is known, so it is sent with a Content-Length. */
    BodyPublisher publisher() {
        List<BodyPublisher> body = new ArrayList<>(parts);
        body.add(bytes("--" + boundary + "--" + CRLF));
        return BodyPublishers.concat(body.toArray(BodyPublisher[]::new));
    }

    private String head(String name, String fileName, String contentType) {
        StringBuilder head = new StringBuilder("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"").append(escape(name)).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(escape(fileName)).append('"');
        }
        return head.append(CRLF).append("Content-Type: ").append(contentType).append(CRLF).append(CRLF).toString();
    }

    /** Quotes and line breaks percent-encoded in names, as browsers submit forms (HTML's form-data encoding). */
    private static String escape(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static BodyPublisher bytes(String text) {
        return BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
    }
}
