package io.tributary.engine.internal.pipeline;

import java.util.Objects;
import java.util.Optional;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Parser;

/**
 * A JSONata expression, parsed once per thread and evaluated within time and nesting bounds.
 *
 * <p>Why per thread: a parsed {@code Jsonata} of dashjoin 0.9.10 is not safe to share. Evaluating binds the input
 * into the instance's own frame unless a frame is passed, and the library keeps a static per-thread "current"
 * instance (the last one parsed on that thread) whose fields it overwrites while evaluating; another thread
 * evaluating that same instance would read them mid-change. Parsing each expression on the thread that evaluates it
 * means no instance is ever touched by two threads. For the same reason {@code $now()} and {@code $millis()} are
 * re-bound here: the library reads them from the thread's last parsed instance, which is stale for every other
 * expression; here they give the time the evaluation started.
 *
 * <p>Bounds: a runaway expression (an endless recursion, a huge range) stops with an error after
 * {@link Limits#timeoutMillis()} or when it nests deeper than {@link Limits#maxDepth()}.
 */
public final class Expression {

    /**
     * @param timeoutMillis the longest one evaluation may run
     * @param maxDepth      the deepest nesting of sub-expressions and function calls one evaluation may reach
     */
    public record Limits(long timeoutMillis, int maxDepth) {

        // 500 levels are about 125 levels of recursion of a JSONata function; a thread with the default stack of 1 MiB
        // overflows somewhere above 1000
        public static final Limits DEFAULT = new Limits(1000, 500);
    }

    /**
     * The deepest nesting of brackets an expression may have: mappings nest a few levels, while the parser overflows a
     * thread's default stack of 1 MiB at about 550.
     */
    public static final int MAX_NESTING = 100;

    private final String text;
    private final Limits limits;
    private final ThreadLocal<Evaluator> evaluators;

    private Expression(String text, Limits limits) {
        this.text = text;
        this.limits = limits;
        this.evaluators = ThreadLocal.withInitial(() -> new Evaluator(text));
    }

    /** @throws IllegalArgumentException with the reason when {@code text} is not a JSONata expression */
    public static Expression compile(String text) {
        return compile(text, Limits.DEFAULT);
    }

    /** @throws IllegalArgumentException with the reason when {@code text} is not a JSONata expression */
    public static Expression compile(String text, Limits limits) {
        syntaxError(text).ifPresent(error -> {
            throw new IllegalArgumentException(error);
        });
        return new Expression(text, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Why {@code text} is not a JSONata expression, e.g. {@code Expected "}" before end of expression at 7}. The
     * library's parser recurses once per bracket and once per step of a path or operator chain, so text nested beyond
     * {@link #MAX_NESTING} is refused before parsing, and a chain too long for the stack is refused as it overflows.
     */
    public static Optional<String> syntaxError(String text) {
        if (bracketDepth(text) > MAX_NESTING) {
            return Optional.of("nests brackets deeper than " + MAX_NESTING + " levels");
        }
        try {
            Jsonata.jsonata(text);
            return Optional.empty();
        } catch (JException e) {
            return Optional.of(e.getMessage() + (e.getLocation() >= 0 ? " at " + e.getLocation() : ""));
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            // the parser holds no lock and no shared state here: the thread goes on once the stack unwinds
            return Optional.of("chains too many steps to be parsed");
        }
    }

    /** The deepest nesting of round, square and curly brackets outside string literals and quoted names. */
    private static int bracketDepth(String text) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++; // an escaped character, perhaps the quote
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    public String text() {
        return text;
    }

    /**
     * Evaluates over {@code input} (a value made by {@link JsonValues#toJava}).
     *
     * @return the result in the same representation; null when it is "undefined"
     * @throws EvaluationException when the expression fails on this input or exceeds its bounds
     */
    public Object evaluate(Object input) throws EvaluationException {
        Evaluator evaluator = evaluators.get();
        Bounds bounds = evaluator.bounds;
        bounds.start(limits);
        Object result;
        try {
            result = evaluator.jsonata.evaluate(input, evaluator.frame);
        } catch (StackOverflowError e) {
            throw new EvaluationException("nests too deeply for the stack");
        } catch (RuntimeException e) {
            // the library wraps or swallows exceptions in places (and, or, $eval, $sort): the bounds know
            throw new EvaluationException(bounds.exceeded != null ? bounds.exceeded : messageOf(e));
        }
        if (bounds.exceeded != null) {
            throw new EvaluationException(bounds.exceeded);
        }
        return result;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String messageOf(RuntimeException e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** Failure of one evaluation; its message says why in the library's words, without the input. */
    public static final class EvaluationException extends Exception {

        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message, null, false, false);
        }
    }

    /** One thread's parsed instance and the frame that carries its bounds and clock into every evaluation. */
    private static final class Evaluator {

        final Jsonata jsonata;
        final Jsonata.Frame frame = new Jsonata.Frame(null);
        final Bounds bounds = new Bounds();

        Evaluator(String text) {
            jsonata = Jsonata.jsonata(text);
            jsonata.setValidateInput(false); // JsonValues only makes valid values; checking walks the whole input
            jsonata.setOutputConvertNulls(false); // JsonValues tells null from undefined itself, without a pass
            frame.setEvaluateEntryCallback(bounds);
            frame.setEvaluateExitCallback(bounds);
            frame.bind("millis", Jsonata.function("millis", (Jsonata.Fn0<Long>) () -> bounds.startMillis, "<:n>"));
            frame.bind("now", Jsonata.function("now", (Jsonata.Fn2<String, String, String>) (picture, zone) ->
                    Functions.dateTimeFromMillis(bounds.startMillis, picture, zone), "<s?s?:s>"));
        }
    }

    /**
     * Counts nesting and watches the clock on every step of an evaluation; reading the clock is amortized. Unlike the
     * library's own {@code Timebox} it counts every entry and exit: the library sets {@code isParallelCall} on a frame
     * in the middle of an evaluation (object constructors), so skipping such calls miscounts and a long but shallow
     * evaluation would look endlessly deep.
     */
    private static final class Bounds implements Jsonata.EntryCallback, Jsonata.ExitCallback {

        private static final int CLOCK_EVERY = 64;

        long startMillis;
        String exceeded;
        private long deadline;
        private long timeoutMillis;
        private int maxDepth;
        private int depth;
        private int steps;

        void start(Limits limits) {
            startMillis = System.currentTimeMillis();
            timeoutMillis = limits.timeoutMillis();
            deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            maxDepth = limits.maxDepth();
            exceeded = null;
            depth = 0;
            steps = 0;
        }

        @Override
        public void callback(Parser.Symbol expression, Object input, Jsonata.Frame environment) {
            if (exceeded != null) {
                throw new JException(exceeded, -1);
            }
            if (++depth > maxDepth) {
                exceed("nests deeper than " + maxDepth + " levels: is a recursion endless?");
            }
            if (++steps % CLOCK_EVERY == 0 && System.nanoTime() - deadline > 0) {
                exceed("ran longer than " + timeoutMillis + " ms: is it endless?");
            }
        }

        @Override
        public void callback(Parser.Symbol expression, Object input, Jsonata.Frame environment, Object result) {
            depth--;
        }

        private void exceed(String why) {
            exceeded = why;
            throw new JException(why, -1);
        }
    }
}
