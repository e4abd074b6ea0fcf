package io.tributary.engine.internal.service;

import java.util.List;
import java.util.function.Function;

import io.tributary.api.flow.Slice;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.Keyset;

/** Newest-first slices: the limit rule, and the cursor made from the last item when more follow. */
final class Listings {

    static final int MAX_LIMIT = 500;

    private Listings() {
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /**
     * @param fetched up to {@code limit + 1} rows: one more than asked shows that more follow
     */
    static <R, T> Slice<T> slice(List<R> fetched, int limit, Function<R, Keyset> position, Function<R, T> item) {
        boolean more = fetched.size() > limit;
        List<R> items = more ? fetched.subList(0, limit) : fetched;
        String next = more ? position.apply(items.get(items.size() - 1)).encode() : null;
        return new Slice<>(items.stream().map(item).toList(), next);
    }
}
