package io.tributary.api.connector;

/**
 * Which page to read.
 *
 * @param cursor the {@link Page#next()} of the previous page; null for the first page
 * @param limit  the most records the page may hold, at least 1
 * @param since  for a delta read, the watermark reached by the last completed run: only records changed after it
 *               are read; null for a full read
 */
public record PageRequest(String cursor, int limit, String since) {

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    public boolean isDelta() {
        return since != null;
    }
}
