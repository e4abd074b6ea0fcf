package io.tributary.rest.internal.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The authorization matrix, {@value #RESOURCE}: for each endpoint the expected status for each kind of caller, the
 * request to send and its body. The file's header comment documents the format and the fixtures.
 */
public final class AuthorizationMatrix {

    public static final String RESOURCE = "/authorization-matrix.md";
    /** The callers, in the order of their columns. */
    public static final List<String> CALLERS =
            List.of("none", "expired", "revoked", "monitor", "manager", "admin", "other-admin", "operator");

    static final String HEADING = "## Matrix";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9.]+)}");

    /**
     * One line of the matrix.
     *
     * @param endpoint {@code METHOD /path/template}
     * @param statuses the expected status per caller, in the order of {@link #CALLERS}
     * @param request  the path (and query) to call, with {@code ${fixture}} placeholders
     * @param body     the JSON body with placeholders, {@code jar:K2}, {@code export:W}, {@code publish:L2}, or empty
     *                 for none
     */
    public record Row(String endpoint, List<Integer> statuses, String request, String body) {

        public String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        public int expected(String caller) {
            return statuses.get(CALLERS.indexOf(caller));
        }

        /** Whether the body is a connector bundle rather than JSON. */
        public boolean sendsJar() {
            return body.startsWith("jar:");
        }

        /** Whether the body is a multipart/form-data upload of an artifact to publish rather than JSON. */
        public boolean publishes() {
            return body.startsWith("publish:");
        }

        /** The placeholders the request and body use, e.g. {@code W}, {@code K.id}. */
        public List<String> placeholders() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(request + " " + body);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    private AuthorizationMatrix() {
    }

    /** Replaces every {@code ${name}} by its fixture value. */
    public static String substitute(String text, Map<String, String> fixtures) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = fixtures.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No fixture value for ${" + match.group(1) + "}");
            }
            return Matcher.quoteReplacement(value);
        });
    }

    public static List<Row> load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the Markdown table under {@value #HEADING}, after its header and separator lines. */
    static List<Row> parse(List<String> lines) {
        int heading = lines.indexOf(HEADING);
        if (heading < 0) {
            throw new IllegalArgumentException("No '" + HEADING + "' heading");
        }
        List<String> table = lines.subList(heading + 1, lines.size()).stream()
                .map(String::trim).filter(line -> line.startsWith("|")).toList();
        List<String> header = cells(table.get(0));
        List<String> expectedHeader = new ArrayList<>(List.of("endpoint"));
        expectedHeader.addAll(CALLERS);
        expectedHeader.addAll(List.of("request", "body"));
        if (!header.equals(expectedHeader)) {
            throw new IllegalArgumentException("The table's columns must be " + expectedHeader + ", not " + header);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : table.subList(2, table.size())) {
            List<String> cells = cells(line);
            if (cells.size() != expectedHeader.size()) {
                throw new IllegalArgumentException("Expected " + expectedHeader.size() + " columns: " + line);
            }
            List<Integer> statuses = cells.subList(1, CALLERS.size() + 1).stream().map(Integer::valueOf).toList();
            rows.add(new Row(cells.get(0), statuses, cells.get(CALLERS.size() + 1), cells.get(CALLERS.size() + 2)));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
