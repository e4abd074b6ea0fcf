package io.tributary.engine.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.tributary.engine.internal.pipeline.Expression.EvaluationException;
import io.tributary.engine.internal.pipeline.Expression.Limits;

class ExpressionTest {

    @Test
    void syntaxErrorsSayWhatAndWhere() {
        assertEquals(Optional.of("Expected \"}\" before end of expression at 7"), Expression.syntaxError("{ 'a': "));
        assertEquals(Optional.empty(), Expression.syntaxError("{ 'a': b }"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Expression.compile("a +"));
        assertEquals("Unexpected end of expression at 3", refused.getMessage());
    }

    @Test
    void bracketsNestedBeyondTheLimitAreRefusedBeforeTheParserRecursesIntoThem() {
        String deepest = "(".repeat(Expression.MAX_NESTING) + "1" + ")".repeat(Expression.MAX_NESTING);

        assertEquals(Optional.empty(), Expression.syntaxError(deepest));
        assertEquals(Optional.of("nests brackets deeper than " + Expression.MAX_NESTING + " levels"),
                Expression.syntaxError("[".repeat(1000) + "1" + "]".repeat(1000)));
        assertEquals(Optional.of("nests brackets deeper than " + Expression.MAX_NESTING + " levels"),
                Expression.syntaxError("{'a': ".repeat(5000)));
        // brackets inside strings and quoted names are text, not nesting
        assertEquals(Optional.empty(), Expression.syntaxError("'" + "(".repeat(1000) + "' & `" + "[".repeat(500)
                + "` & \"\\\"" + "{".repeat(500) + "\""));
    }

    @Test
    void aPathTooLongForTheParsersStackIsASyntaxError() {
        assertEquals(Optional.of("chains too many steps to be parsed"),
                Expression.syntaxError("a" + ".a".repeat(5000)));
    }

    @Test
    void anEndlessLoopStopsAtTheTimeLimit() {
        Expression endless = Expression.compile("($f := function($x){ $f($x + 1) }; $f(0))", new Limits(200, 500));

        long started = System.nanoTime();
        EvaluationException stopped = assertThrows(EvaluationException.class, () -> endless.evaluate(Map.of()));

        assertEquals("ran longer than 200 ms: is it endless?", stopped.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000);
    }

    @Test
    void aTimeLimitAlsoStopsWorkInsideFunctionsThatCatchErrors() {
        // $sort wraps what its comparator throws; the bounds still say why it stopped
        Expression sorting = Expression.compile(
                "$sort([1, 2], function($a, $b) { ($f := function($x){ $f($x + 1) }; $f(0)) })", new Limits(100, 500));

        EvaluationException stopped = assertThrows(EvaluationException.class, () -> sorting.evaluate(Map.of()));

        assertEquals("ran longer than 100 ms: is it endless?", stopped.getMessage());
    }

    @Test
    void aDeepRecursionStopsAtTheDepthLimitAndAShallowOneRuns() throws EvaluationException {
        String recursion = "($f := function($x){ $x > 0 ? 1 + $f($x - 1) : 0 }; $f(n))";
        Expression expression = Expression.compile(recursion);

        assertEquals(100, expression.evaluate(Map.of("n", 100)));
        EvaluationException stopped = assertThrows(EvaluationException.class,
                () -> expression.evaluate(Map.of("n", 100_000)));
        assertEquals("nests deeper than 500 levels: is a recursion endless?", stopped.getMessage());
        assertEquals(5, expression.evaluate(Map.of("n", 5)), "the next evaluation starts afresh");
    }

    @Test
    void aLongButShallowEvaluationIsNotMistakenForADeepOne() throws EvaluationException {
        Expression objects = Expression.compile("$count($map([1..5000], function($v) { {'a': $v, 'b': $v} }))");

        assertEquals(5000, objects.evaluate(Map.of()));
    }

    @Test
    void aStackOverflowIsAnEvaluationError() {
        Expression deep = Expression.compile("($f := function($x){ $x > 0 ? 1 + $f($x - 1) : 0 }; $f(1000000))",
                new Limits(60_000, Integer.MAX_VALUE));

        EvaluationException stopped = assertThrows(EvaluationException.class, () -> deep.evaluate(Map.of()));

        assertEquals("nests too deeply for the stack", stopped.getMessage());
    }

    @Test
    void nowAndMillisAreTheTimeOfEachEvaluationWhicheverExpressionWasParsedLast() throws Exception {
        Expression millis = Expression.compile("$millis()");
        Expression year = Expression.compile("$now('[Y0001]')");
        Expression now = Expression.compile("$now()");
        assertEquals(Year.now().toString(), year.evaluate(Map.of()));
        now.evaluate(Map.of()); // parsed last on this thread: the library's own clock would read this one's time
        Thread.sleep(300);

        long evaluated = ((Number) millis.evaluate(Map.of())).longValue();

        assertTrue(Math.abs(System.currentTimeMillis() - evaluated) < 200, "fresh, not the time of parsing");
        assertTrue(((String) now.evaluate(Map.of())).startsWith(Year.now().toString()));
    }

    @Test
    void oneExpressionEvaluatesCorrectlyOnManyThreadsAtOnce() throws Exception {
        Expression expression = Expression.compile("{ 'double': v * 2, 'name': 'n' & v, 'items': [1..(v % 5)] }");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(() -> {
                    int checked = 0;
                    for (int i = 0; i < 5_000; i++) {
                        int v = thread * 1_000_000 + i;
                        Map<?, ?> result = (Map<?, ?>) expression.evaluate(Map.of("v", v));
                        assertEquals(v * 2, ((Number) result.get("double")).intValue());
                        assertEquals("n" + v, result.get("name"));
                        assertEquals(v % 5, ((List<?>) result.get("items")).size());
                        checked++;
                    }
                    return checked;
                });
            }
            for (Future<Integer> done : threads.invokeAll(work)) {
                assertEquals(5_000, done.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
