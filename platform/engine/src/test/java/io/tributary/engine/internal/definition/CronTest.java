package io.tributary.engine.internal.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CronTest {

    @Test
    void aQuartzCronStaysAsItIs() {
        assertEquals("0 */5 * * * ?", Cron.toQuartz("0 */5 * * * ?"));
        assertEquals("0 0 12 ? * MON-FRI 2030", Cron.toQuartz("  0 0 12 ? * MON-FRI 2030 "));
        assertEquals(Optional.empty(), Cron.problem("0 15 10 L * ?"));
    }

    @Test
    void aUnixCronIsTranslatedToQuartz() {
        assertEquals("0 0 12 * * ? *", Cron.toQuartz("0 12 * * *"));
        assertEquals("0 30 2 ? * 1 *", Cron.toQuartz("30 2 * * 0"), "Sunday is 0 in Unix, 1 in Quartz");
    }

    @Test
    void aBadCronSaysWhy() {
        assertTrue(Cron.problem("0 0 12 * * MON").orElseThrow().startsWith("is not a valid Quartz cron: "),
                "Quartz wants ? in one of the day fields");
        assertTrue(Cron.problem("60 * * * *").orElseThrow().startsWith("is not a valid Unix cron: "));
        assertTrue(Cron.problem("").orElseThrow().startsWith("has 0 fields"));
        assertThrows(IllegalArgumentException.class, () -> Cron.toQuartz("* * * * * * * *"));
    }
}
