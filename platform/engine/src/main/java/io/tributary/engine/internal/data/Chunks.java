package io.tributary.engine.internal.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long IN lists: databases plan and bind them better in pieces of at most {@value #SIZE}. */
public final class Chunks {

    public static final int SIZE = 500;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
