package io.tributary.api.connector;

import java.util.List;

/**
 * One page of records.
 *
 * @param records   the records, in the source's order
 * @param next      the cursor of the following page, or null when this was the last one
 * @param watermark for a delta read, the highest value of the delta field seen so far in this run (the value to
 *                  pass as {@link PageRequest#since()} next time); null if the source does not read deltas
 */
public record Page(List<Record> records, String next, String watermark) {

    public Page {
        records = List.copyOf(records);
    }

    public boolean isLast() {
        return next == null;
    }
}
