package io.tributary.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A print stream whose text a test can read. */
final class Output {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The lines of a printed table without its rule, runs of spaces made one, so that cells can be compared. */
    List<String> tableRows() {
        return text().lines().filter(line -> !line.startsWith("-")).map(line -> line.strip().replaceAll(" +", " "))
                .toList();
    }
}
