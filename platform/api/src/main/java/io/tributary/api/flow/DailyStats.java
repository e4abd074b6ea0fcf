package io.tributary.api.flow;

import java.time.LocalDate;

/**
 * A flow's runs on one UTC day (by start time), for dashboards.
 *
 * @param day                   the day
 * @param runs                  runs started that day
 * @param success               records written
 * @param ignored               records ignored
 * @param errors                records failed
 * @param durationMillis        total duration of that day's finished runs
 * @param maxDurationMillis     the longest finished run
 */
public record DailyStats(LocalDate day, long runs, long success, long ignored, long errors, long durationMillis,
                         long maxDurationMillis) {
}
