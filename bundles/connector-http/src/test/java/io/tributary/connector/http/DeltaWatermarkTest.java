package io.tributary.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class DeltaWatermarkTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void numbersCompareByValueNotAsText() {
        assertTrue(DeltaWatermark.compare("10", "9") > 0);
        assertTrue(DeltaWatermark.compare("1.50", "1.5") == 0);
    }

    @Test
    void timestampsCompareAsInstantsWhateverTheirOffset() {
        assertTrue(DeltaWatermark.compare("2024-01-01T10:00:00+02:00", "2024-01-01T09:00:00Z") < 0);
        assertTrue(DeltaWatermark.compare("2024-01-01T09:00:00.5Z", "2024-01-01T09:00:00Z") > 0);
    }

    @Test
    void timestampsWithoutOffsetAndDatesAreUtc() {
        assertEquals(Instant.parse("2024-01-01T09:00:00Z"), DeltaWatermark.instant("2024-01-01T09:00:00"));
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), DeltaWatermark.instant("2024-01-02"));
        assertNull(DeltaWatermark.instant("yesterday"));
    }

    @Test
    void otherValuesCompareAsText() {
        assertTrue(DeltaWatermark.compare("b", "a") > 0);
    }

    @Test
    void keepsTheHighestOfferedValueAndIgnoresNulls() {
        DeltaWatermark watermark = new DeltaWatermark(null);
        watermark.offer(NODES.textNode("2024-01-01T00:00:00Z"));
        watermark.offer(NODES.nullNode());
        watermark.offer(NODES.textNode("2024-03-01T00:00:00Z"));
        watermark.offer(NODES.textNode("2024-02-01T00:00:00Z"));

        assertEquals("2024-03-01T00:00:00Z", watermark.value());
    }

    @Test
    void startsFromTheWatermarkOfThePreviousRun() {
        DeltaWatermark watermark = new DeltaWatermark("100");
        watermark.offer(NODES.numberNode(99));

        assertEquals("100", watermark.value());
    }
}
