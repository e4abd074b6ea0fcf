package io.tributary.connector.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The highest value of a delta field seen in a run. Values compare as numbers when both are numbers, as instants
 * when both are ISO-8601 dates or timestamps (so {@code 10:00+02:00} is before {@code 09:00Z}), else as text.
 */
final class DeltaWatermark {

    private String highest;

    /** Starts from the watermark of the previous run, so a run that finds nothing new keeps it. */
    DeltaWatermark(String since) {
        this.highest = since;
    }

    void offer(JsonNode value) {
        if (value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
            String text = value.asText();
            if (highest == null || compare(text, highest) > 0) {
                highest = text;
            }
        }
    }

    String value() {
        return highest;
    }

    static int compare(String a, String b) {
        BigDecimal numberA = number(a);
        BigDecimal numberB = number(b);
        if (numberA != null && numberB != null) {
            return numberA.compareTo(numberB);
        }
        Instant instantA = instant(a);
        Instant instantB = instant(b);
        if (instantA != null && instantB != null) {
            return instantA.compareTo(instantB);
        }
        return a.compareTo(b);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO-8601 timestamp with or without offset (without: UTC), or a date (its start, UTC). */
    static Instant instant(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(),
                    OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC)
                    : Instant.from(parsed);
        } catch (DateTimeParseException e) {
            return dateOnly(text);
        }
    }

    private static Instant dateOnly(String text) {
        try {
            return LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
