package io.tributary.connector.testkit;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;

/** Reading a source page after page, as the platform does. */
final class Pages {

    private Pages() {
    }

    /**
     * Reads from {@code cursor} (null for the start) until the last page.
     *
     * @throws AssertionError when the source has not ended after {@code maxPages}
     */
    static List<Page> readToEnd(Source source, String cursor, int limit, int maxPages) throws ConnectorException {
        List<Page> pages = new ArrayList<>();
        String next = cursor;
        do {
            if (pages.size() == maxPages) {
                throw new AssertionError("the source has not ended after " + maxPages + " pages of at most " + limit
                        + " records: its cursor never becomes null");
            }
            Page page = source.read(new PageRequest(next, limit, null));
            pages.add(page);
            next = page.next();
        } while (next != null);
        return pages;
    }

    static List<String> keys(List<Page> pages) {
        List<String> keys = new ArrayList<>();
        for (Page page : pages) {
            page.records().stream().map(Record::key).forEach(keys::add);
        }
        return keys;
    }
}
