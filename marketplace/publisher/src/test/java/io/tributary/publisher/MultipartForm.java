package io.tributary.publisher;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of {@code multipart/form-data} for tests: the boundary from the Content-Type, CRLF line breaks,
 * a Content-Disposition naming every part, no duplicate names, and nothing after the closing delimiter.
 */
final class MultipartForm {

    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY =
            Pattern.compile("^multipart/form-data;\\s*boundary=([0-9A-Za-z'()+_,\\-./:=?]{1,70})$");
    private static final Pattern DISPOSITION =
            Pattern.compile("^form-data; name=\"([^\"]+)\"(?:; filename=\"([^\"]+)\")?$");

    private MultipartForm() {
    }

    static Map<String, Part> parse(String contentType, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.matches()) {
            throw new AssertionError("not a multipart/form-data content type with a boundary: " + contentType);
        }
        byte[] delimiter = ascii("--" + boundaryMatch.group(1));
        byte[] nextDelimiter = ascii("\r\n--" + boundaryMatch.group(1));
        if (indexOf(body, delimiter, 0) != 0) {
            throw new AssertionError("the body does not start with the boundary");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        int position = delimiter.length;
        while (true) {
            if (startsWith(body, position, ascii("--\r\n"))) {
                if (position + 4 != body.length) {
                    throw new AssertionError("bytes after the closing delimiter");
                }
                return parts;
            }
            if (!startsWith(body, position, ascii("\r\n"))) {
                throw new AssertionError("a delimiter not followed by CRLF at byte " + position);
            }
            int headersEnd = indexOf(body, ascii("\r\n\r\n"), position + 2);
            int contentEnd = indexOf(body, nextDelimiter, headersEnd + 4);
            if (headersEnd < 0 || contentEnd < 0) {
                throw new AssertionError("an unterminated part at byte " + position);
            }
            String headers = new String(body, position + 2, headersEnd - position - 2, StandardCharsets.UTF_8);
            Part part = part(headers, Arrays.copyOfRange(body, headersEnd + 4, contentEnd));
            if (parts.put(part.name(), part) != null) {
                throw new AssertionError("two parts named " + part.name());
            }
            position = contentEnd + nextDelimiter.length;
        }
    }

    private static Part part(String headerBlock, byte[] content) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerBlock.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0 || headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip()) != null) {
                throw new AssertionError("a malformed or repeated part header: " + line);
            }
        }
        Matcher disposition = DISPOSITION.matcher(headers.getOrDefault("content-disposition", ""));
        if (!disposition.matches()) {
            throw new AssertionError("a part without a form-data Content-Disposition: " + headerBlock);
        }
        return new Part(disposition.group(1), disposition.group(2), headers.get("content-type"), content);
    }

    private static boolean startsWith(byte[] bytes, int position, byte[] prefix) {
        return position + prefix.length <= bytes.length
                && Arrays.equals(bytes, position, position + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        for (int i = Math.max(from, 0); i + wanted.length <= bytes.length; i++) {
            if (startsWith(bytes, i, wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
