package io.tributary.rest.internal.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.tributary.api.flow.Slice;
import io.tributary.rest.internal.validation.QueryParameters;

/**
 * One page of a list response, {@code {items, next}}. The cursor is opaque to clients: it encodes the sort key of
 * the last item returned, so a page boundary stays put when items before it come or go.
 *
 * @param items the items of this page
 * @param next  the cursor of the following page, or null after the last
 */
public record ListPage<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /**
     * Cuts one page out of a list already sorted by {@code sortKey} (ascending, unique).
     *
     * @param limit  the requested page size, or null for the default
     * @param cursor the {@code next} of the previous page, or null for the first page
     */
    public static <T> ListPage<T> of(List<T> sorted, Function<T, String> sortKey, Integer limit, String cursor) {
        int size = limit(limit);
        String after = cursor == null || cursor.isEmpty() ? null : decode(cursor);
        int start = 0;
        if (after != null) {
            while (start < sorted.size() && sortKey.apply(sorted.get(start)).compareTo(after) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + size);
        List<T> items = List.copyOf(sorted.subList(start, end));
        String next = end < sorted.size() ? encode(sortKey.apply(sorted.get(end - 1))) : null;
        return new ListPage<>(items, next);
    }

    /** Sorts by {@code sortKey} (ascending, unique), then cuts a page: for lists in another order. */
    public static <T> ListPage<T> sorting(Collection<T> items, Function<T, String> sortKey, Integer limit,
                                          String cursor) {
        return of(items.stream().sorted(Comparator.comparing(sortKey)).toList(), sortKey, limit, cursor);
    }

    /** A sort key that orders by a name (null first) and stays unique through the id after it. */
    public static String nameThenId(String name, String id) {
        return (name == null ? "" : name) + '\u0000' + id;
    }

    /** A page of a slice the service cut itself, its items turned into what the API shows. */
    public static <S, T> ListPage<T> of(Slice<S> slice, Function<S, T> view) {
        return new ListPage<>(slice.items().stream().map(view).toList(), slice.next());
    }

    /**
     * The page size a client asked for, checked, for lists a service pages itself.
     *
     * @param limit the {@code limit} query parameter, or null for the default
     */
    public static int limit(Integer limit) {
        return QueryParameters.between("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("cursor", "is not a cursor this API returned");
        }
    }
}
