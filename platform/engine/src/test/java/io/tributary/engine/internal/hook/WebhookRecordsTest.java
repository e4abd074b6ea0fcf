package io.tributary.engine.internal.hook;

import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadConstraints;

import io.tributary.api.connector.Record;
import io.tributary.api.problem.Problem;

class WebhookRecordsTest {

    @Test
    void anObjectIsOneRecordAndAnArrayOneRecordPerObject() {
        assertEquals(List.of("a"), keys(parse("{\"id\": \"a\"}")));
        assertEquals(List.of("a", "b"), keys(parse("[{\"id\": \"a\"}, {\"id\": \"b\"}]")));
    }

    @Test
    void aBodyNestedDeeperThanTheParsersLimitIs400NamingTheLimit() {
        int depth = StreamReadConstraints.DEFAULT_MAX_DEPTH + 1;
        String deep = "{\"id\": \"a\", \"n\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

        Problem problem = assertProblem(400, () -> parse(deep));

        assertTrue(problem.detail().startsWith("The body exceeds a limit of the JSON parser: Document nesting depth"),
                problem::detail);
        assertTrue(problem.detail().contains("(" + StreamReadConstraints.DEFAULT_MAX_DEPTH), problem::detail);
    }

    @Test
    void aKeyGivenTwiceIs400NamingIt() {
        Problem problem = assertProblem(400, () -> parse("{\"id\": \"a\", \"total\": 1, \"total\": 2}"));

        assertEquals("The body has the key 'total' more than once in one object (line 1)", problem.detail());
    }

    @Test
    void malformedJsonIs400SayingWhere() {
        Problem problem = assertProblem(400, () -> parse("{\"id\":\n nope"));

        assertEquals("The body is not JSON (line 2)", problem.detail());
    }

    private static List<Record> parse(String body) {
        return WebhookRecords.parse(body.getBytes(StandardCharsets.UTF_8), record -> record.path("id").asText());
    }

    private static List<String> keys(List<Record> records) {
        return records.stream().map(Record::key).toList();
    }
}
