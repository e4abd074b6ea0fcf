package io.tributary.shell.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

/** Reads an expiry as typed at the shell: an ISO-8601 instant, or an ISO-8601 duration from now. */
final class Expiry {

    private Expiry() {
    }

    /**
     * @param text e.g. {@code 2027-01-31T00:00:00Z}, {@code P30D}, {@code PT12H} or {@code P6M}
     * @throws IllegalArgumentException with a message for the shell user when the text is neither, or in the past
     */
    static Instant parse(String text, Instant now) {
        Instant expiresAt;
        try {
            expiresAt = isAmount(text) ? afterNow(amount(text), now) : Instant.parse(text);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("Cannot read '" + text + "' as an expiry: give an instant such as "
                    + "2027-01-31T00:00:00Z or a duration such as P30D or PT12H");
        }
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("The expiry " + expiresAt + " has already passed");
        }
        return expiresAt;
    }

    private static boolean isAmount(String text) {
        return text.regionMatches(true, 0, "P", 0, 1);
    }

    private static Instant afterNow(TemporalAmount amount, Instant now) {
        return now.atOffset(ZoneOffset.UTC).plus(amount).toInstant();
    }

    // days and times have a fixed length (P30D, PT12H); months and years are calendar periods (P6M, P1Y)
    private static TemporalAmount amount(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return Period.parse(text);
        }
    }
}
