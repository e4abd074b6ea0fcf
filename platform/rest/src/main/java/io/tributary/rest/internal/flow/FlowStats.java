package io.tributary.rest.internal.flow;

import java.util.List;

import io.tributary.api.flow.DailyStats;

/**
 * The answer of {@code GET /flows/{id}/stats}.
 *
 * @param days one entry per UTC day, oldest first, today last
 */
public record FlowStats(String flowId, List<DailyStats> days) {
}
