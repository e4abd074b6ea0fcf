package io.tributary.marketplace.internal.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tributary.api.flow.Slice;
import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.api.marketplace.ListingQuery.Sort;
import io.tributary.store.jdbc.Jdbc;

/**
 * A catalog search as SQL: every word of the text must occur in the listing's search text (LIKE, with the wildcards
 * of the words escaped), optionally of one kind and in one category, sorted with the id as tie-breaker and paged by
 * keyset.
 */
final class ListingSearch {

    static final int MAX_LIMIT = 200;
    private static final char ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private final ListingQuery query;
    private final Sort sort;

    ListingSearch(ListingQuery query) {
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw Problems.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        this.query = query;
        this.sort = query.sort() == null ? Sort.INSTALLS : query.sort();
        for (String word : words(query.text())) {
            conditions.add("l.search_text LIKE ? ESCAPE '" + ESCAPE + "'");
            params.add("%" + escape(word) + "%");
        }
        if (query.kind() != null) {
            conditions.add("l.kind = ?");
            params.add(query.kind().wire());
        }
        if (query.category() != null && !query.category().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM marketplace_listing_category c WHERE c.listing_id = l.id"
                    + " AND c.category = ?)");
            params.add(query.category().strip());
        }
        ListingCursor after = ListingCursor.decode(query.cursor(), sort);
        if (after != null) {
            conditions.add(after.condition());
            params.addAll(List.of(after.params()));
        }
    }

    Slice<Listing> run(Connection connection) throws SQLException {
        String sql = ListingRepository.COLUMNS + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ",
                conditions)) + (sort == Sort.INSTALLS ? " ORDER BY l.installs DESC, l.id" : " ORDER BY l.updated_at"
                + " DESC, l.id");
        // one more than asked shows that more follow
        List<Listing> fetched = Jdbc.list(connection, query.limit() + 1, sql, ListingRepository::map,
                params.toArray());
        boolean more = fetched.size() > query.limit();
        List<Listing> page = more ? fetched.subList(0, query.limit()) : fetched;
        String next = more ? ListingCursor.after(sort, page.get(page.size() - 1)).encode() : null;
        return new Slice<>(ListingRepository.withCategories(connection, page), next);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static String escape(String word) {
        StringBuilder escaped = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
