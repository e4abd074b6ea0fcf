package io.tributary.engine.internal.run;

import java.util.List;

import io.tributary.api.connector.Record;

/**
 * A page as a run reads it.
 *
 * @param records   the records, cut to a test run's limit
 * @param next      the cursor after this page, stored when the page is committed
 * @param watermark the source's delta watermark after this page, or null
 * @param last      whether no page follows (the source ended or the limit was reached)
 */
public record SourcePage(List<Record> records, String next, String watermark, boolean last) {

    public SourcePage {
        records = List.copyOf(records);
    }
}
