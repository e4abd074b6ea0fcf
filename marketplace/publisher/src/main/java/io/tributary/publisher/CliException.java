package io.tributary.publisher;

/** Ends a command with a message for the user and the exit code that tells a script what happened. */
final class CliException extends Exception {

    /** The marketplace answered, and said no. */
    static final int REFUSED = 1;
    /** Wrong usage, or something on this machine: a missing file, a bad key, an unreachable server. */
    static final int LOCAL = 2;

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean showUsage;

    private CliException(int exitCode, String message, boolean showUsage) {
        super(message);
        this.exitCode = exitCode;
        this.showUsage = showUsage;
    }

    /** The arguments do not make a valid call: the command's usage follows the message. */
    static CliException usage(String message) {
        return new CliException(LOCAL, message, true);
    }

    static CliException local(String message) {
        return new CliException(LOCAL, message, false);
    }

    static CliException refused(String message) {
        return new CliException(REFUSED, message, false);
    }

    int exitCode() {
        return exitCode;
    }

    boolean showUsage() {
        return showUsage;
    }
}
