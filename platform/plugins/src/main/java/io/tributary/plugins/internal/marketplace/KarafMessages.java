package io.tributary.plugins.internal.marketplace;

/**
 * Karaf's resolution errors nest every level of "Unable to resolve ... [caused by: ...]"; the innermost one names
 * the requirement nothing provides, which is what an operator needs to read.
 */
final class KarafMessages {

    private static final String CAUSED_BY = "[caused by: ";
    private static final int MAX_LENGTH = 600;

    private KarafMessages() {
    }

    static String readable(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int innermost = message.lastIndexOf(CAUSED_BY);
        String reason = message.strip();
        if (innermost >= 0) {
            // each nesting level closes with one more ']' at the very end
            reason = message.substring(innermost + CAUSED_BY.length()).replaceAll("]+\\s*$", "").strip();
        }
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH) + "…";
    }
}
