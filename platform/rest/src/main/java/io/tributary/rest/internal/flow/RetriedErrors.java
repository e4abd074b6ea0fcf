package io.tributary.rest.internal.flow;

import java.util.List;

/** The answer of {@code POST /errors/retry}: each error after its retry, in the order asked for. */
public record RetriedErrors(List<ErrorView> items) {
}
