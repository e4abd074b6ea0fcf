package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void readsAnInstant() {
        assertEquals(Instant.parse("2027-01-31T00:00:00Z"), Expiry.parse("2027-01-31T00:00:00Z", NOW));
    }

    @Test
    void readsDaysAndTimesFromNow() {
        assertEquals(Instant.parse("2026-12-22T10:00:00Z"), Expiry.parse("P30D", NOW));
        assertEquals(Instant.parse("2026-11-22T22:30:00Z"), Expiry.parse("PT12H30M", NOW));
        assertEquals(Instant.parse("2026-11-24T04:00:00Z"), Expiry.parse("p1dt18h", NOW));
    }

    @Test
    void readsCalendarMonthsAndYearsFromNow() {
        assertEquals(Instant.parse("2027-05-22T10:00:00Z"), Expiry.parse("P6M", NOW));
        assertEquals(Instant.parse("2027-11-22T10:00:00Z"), Expiry.parse("P1Y", NOW));
    }

    @Test
    void refusesWhatIsNeitherAnInstantNorADuration() {
        for (String text : new String[] {"tomorrow", "2027-01-31", "P", "P1X", ""}) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> Expiry.parse(text, NOW), text);
            assertEquals("Cannot read '" + text + "' as an expiry: give an instant such as 2027-01-31T00:00:00Z or a "
                    + "duration such as P30D or PT12H", refusal.getMessage());
        }
    }

    @Test
    void refusesAnExpiryThatHasPassed() {
        assertEquals("The expiry 2026-11-21T10:00:00Z has already passed",
                assertThrows(IllegalArgumentException.class, () -> Expiry.parse("PT-24H", NOW)).getMessage());
        assertEquals("The expiry 2026-11-22T10:00:00Z has already passed",
                assertThrows(IllegalArgumentException.class, () -> Expiry.parse("PT0S", NOW)).getMessage());
    }
}
