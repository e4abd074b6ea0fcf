package io.tributary.rest.internal.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body built in memory, as browsers and the publisher's command line send it. */
public final class MultipartForm {

    private static final String BOUNDARY = "tributary-test-boundary-7d4f2a";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    public MultipartForm text(String name, String value) {
        return part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
    }

    public MultipartForm file(String name, String fileName, byte[] content) {
        return part(name, fileName, "application/octet-stream", content);
    }

    /** The parts added and the closing delimiter. */
    public byte[] bytes() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream();
        complete.writeBytes(body.toByteArray());
        complete.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return complete.toByteArray();
    }

    /** The parts added without the closing delimiter: a body cut off. */
    public byte[] truncated() {
        return body.toByteArray();
    }

    private MultipartForm part(String name, String fileName, String contentType, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }
}
