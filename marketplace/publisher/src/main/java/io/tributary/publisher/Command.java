package io.tributary.publisher;

import java.util.Set;

/** One of the tool's commands, e.g. {@code publish}. */
interface Command {

    String name();

    /** One line for the tool's overview. */
    String summary();

    /** The full help: synopsis, what it does, its options. */
    String usage();

    /** The options that take a value, without their leading dashes. */
    Set<String> options();

    void run(Options options, Console console) throws CliException;
}
