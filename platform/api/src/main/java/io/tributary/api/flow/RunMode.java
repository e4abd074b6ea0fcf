package io.tributary.api.flow;

/** How a run treats its source and the delta watermark. */
public enum RunMode {
    /** Reads the whole source (or the delta since the watermark) and advances the watermark at the end. */
    NORMAL,
    /** Reads the first records only (default 10), writes them for real, never moves the watermark. */
    TEST;

    /** The name in JSON and query parameters: lower case. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
