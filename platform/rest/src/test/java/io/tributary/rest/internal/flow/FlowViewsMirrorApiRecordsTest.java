package io.tributary.rest.internal.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.Run;

/**
 * The views exist to write enums in lower case (and a run's duration); a field added to the API record must appear
 * in its view too, or this fails.
 */
class FlowViewsMirrorApiRecordsTest {

    @Test
    void errorViewHasTheFieldsOfRecordErrorInOrder() {
        assertEquals(names(RecordError.class), names(ErrorView.class));
    }

    @Test
    void recordOutcomeViewHasTheFieldsOfRecordOutcomeInOrder() {
        assertEquals(names(RecordOutcome.class), names(RecordOutcomeView.class));
    }

    @Test
    void runViewHasTheFieldsOfRunInOrderThenTheDuration() {
        List<String> expected = new ArrayList<>(names(Run.class));
        expected.add("durationMillis");

        assertEquals(expected, names(RunView.class));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
