package io.tributary.engine.internal.data;

import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class KeysetTest {

    @Test
    void aPositionSurvivesItsCursor() {
        Keyset position = new Keyset(Instant.parse("2030-05-06T07:08:09.123Z"), "run_abc:def");

        assertEquals(position, Keyset.decode(position.encode()));
        assertNull(Keyset.decode(null));
    }

    @Test
    void aCursorNotMadeHereIsRefusedNamingTheField() {
        assertEquals("cursor", assertProblem(422, () -> Keyset.decode("%%%")).errors().get(0).field());
        assertProblem(422, () -> Keyset.decode("bm9jb2xvbg"));
    }
}
