package io.tributary.publisher;

import java.io.PrintStream;
import java.util.Map;

/** Where a command writes, and the environment it takes defaults from. */
record Console(PrintStream out, PrintStream err, Map<String, String> env) {
}
