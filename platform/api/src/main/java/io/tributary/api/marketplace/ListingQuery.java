package io.tributary.api.marketplace;

/**
 * A catalog search.
 *
 * @param text     words to find in name, summary and description (case-insensitive, every word must occur), or null
 * @param kind     only this kind, or null
 * @param category only listings in this category, or null
 * @param sort     order of the results
 * @param cursor   from a previous {@link io.tributary.api.flow.Slice}, or null for the first page
 * @param limit    1 to 200
 */
public record ListingQuery(String text, Kind kind, String category, Sort sort, String cursor, int limit) {

    public enum Sort {
        /** most installed first */
        INSTALLS,
        /** most recently published first */
        UPDATED
    }
}
