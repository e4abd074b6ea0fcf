package io.tributary.api.flow;

import java.util.List;

/**
 * One page of a long list read from the store.
 *
 * @param items the items
 * @param next  the opaque cursor of the following page, or null after the last
 */
public record Slice<T>(List<T> items, String next) {

    public Slice {
        items = List.copyOf(items);
    }
}
