package io.tributary.engine.internal.definition;

import java.util.Optional;

import com.cronutils.mapper.CronMapper;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;

/**
 * Schedules: a Quartz cron with seconds (6 or 7 fields, as Karaf's scheduler takes it) or a Unix cron (5 fields,
 * translated to Quartz).
 */
public final class Cron {

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private Cron() {
    }

    /** Why {@code expression} is not a cron; empty when it is one. */
    public static Optional<String> problem(String expression) {
        try {
            toQuartz(expression);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The Quartz form of a Quartz or Unix cron.
     *
     * @throws IllegalArgumentException saying why when it is neither
     */
    public static String toQuartz(String expression) {
        String trimmed = expression.trim();
        int fields = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        try {
            if (fields == 5) {
                return CronMapper.fromUnixToQuartz().map(UNIX.parse(trimmed).validate()).asString();
            }
            if (fields == 6 || fields == 7) {
                QUARTZ.parse(trimmed).validate();
                return trimmed;
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a valid " + (fields == 5 ? "Unix" : "Quartz") + " cron: "
                    + e.getMessage(), e);
        }
        throw new IllegalArgumentException("has " + fields + " fields: a Unix cron has 5 (minute hour day month "
                + "weekday), a Quartz cron 6 or 7 (seconds first, year last)");
    }
}
