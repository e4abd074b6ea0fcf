package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.engine.internal.pipeline.Expression.EvaluationException;

/**
 * Reads a source operation of another connection and puts what it returns under a field of each record: per record
 * (one read each, {@code params} over the record) or per page (one read for the whole page, {@code params} over
 * {@code {"records": [...]}}, then each record gets the results whose {@code match.lookup} equals its
 * {@code match.record}, compared as JSONata's {@code =} does).
 */
public final class LookupStep extends Step {

    /** The most records a per-page lookup reads. */
    public static final int PAGE_LIMIT = 10_000;

    private final LookupSpec spec;
    private final Expression params;
    private final String as;
    private final boolean single;
    private final Match match;
    private final int recordLimit;

    /**
     * Matches a per-page lookup's results with records.
     *
     * @param record over a record's data
     * @param lookup over a result's data
     */
    public record Match(Expression record, Expression lookup) {
    }

    /**
     * @param params      gives an object merged into the config; null for none
     * @param as          the field that receives the results
     * @param single      the first result (or null) instead of an array
     * @param match       null to read per record; else how a per-page read's results are matched with records
     * @param recordLimit the most records a per-record lookup reads (the flow's page size)
     */
    public LookupStep(String path, LookupSpec spec, Expression params, String as, boolean single, Match match,
                      int recordLimit) {
        super(path);
        this.spec = spec;
        this.params = params;
        this.as = as;
        this.single = single;
        this.match = match;
        this.recordLimit = recordLimit;
    }

    public LookupSpec spec() {
        return spec;
    }

    @Override
    String type() {
        return "lookup";
    }

    @Override
    List<Item> run(List<Item> input, PageRun run) {
        return traced(input, match == null ? perRecord(input, run) : perPage(input, run), run);
    }

    private List<Item> perRecord(List<Item> input, PageRun run) {
        List<Item> output = new ArrayList<>(input.size());
        for (Item item : input) {
            try {
                ObjectNode config = configFor(item.value());
                List<Record> found = read(run, config, single ? 1 : recordLimit);
                List<JsonNode> results = new ArrayList<>(found.size());
                for (Record record : found) {
                    results.add(record.data().deepCopy()); // the run may hand the same results to several records
                }
                output.add(item.with(as, resultsNode(results)));
            } catch (Failure e) {
                run.issue(item, e.issue);
            }
        }
        return output;
    }

    private List<Item> perPage(List<Item> input, PageRun run) {
        if (input.isEmpty()) {
            return input;
        }
        Map<Object, List<JsonNode>> byMatch;
        try {
            List<Object> records = new ArrayList<>(input.size());
            for (Item item : input) {
                records.add(item.value());
            }
            Map<String, Object> scope = new LinkedHashMap<>(2);
            scope.put("records", records);
            byMatch = index(read(run, configFor(scope), PAGE_LIMIT));
        } catch (Failure e) {
            for (Item item : input) {
                run.issue(item, e.issue);
            }
            return List.of();
        }
        List<Item> output = new ArrayList<>(input.size());
        for (Item item : input) {
            Object value;
            try {
                value = match.record().evaluate(item.value());
            } catch (EvaluationException e) {
                run.issue(item, failed("match.record failed: " + e.getMessage()));
                continue;
            }
            List<JsonNode> matches = value == null ? List.of() : byMatch.getOrDefault(comparable(value), List.of());
            // several records may match one result: each gets its own copy
            List<JsonNode> copies = new ArrayList<>(matches.size());
            for (JsonNode result : matches) {
                copies.add(result.deepCopy());
            }
            output.add(item.with(as, resultsNode(copies)));
        }
        return output;
    }

    private Map<Object, List<JsonNode>> index(List<Record> found) throws Failure {
        Map<Object, List<JsonNode>> byMatch = new HashMap<>();
        for (Record result : found) {
            Object value;
            try {
                value = match.lookup().evaluate(JsonValues.toJava(result.data()));
            } catch (EvaluationException e) {
                throw new Failure(failed("match.lookup failed: " + e.getMessage()));
            }
            if (value != null) {
                byMatch.computeIfAbsent(comparable(value), k -> new ArrayList<>(1)).add(result.data());
            }
        }
        return byMatch;
    }

    /** JSONata's {@code =} compares numbers by value, whatever their Java type. */
    private static Object comparable(Object value) {
        return value instanceof Number number ? (Object) number.doubleValue() : value;
    }

    /** A copy of the step's config with the params this input gives merged in. */
    private ObjectNode configFor(Object input) throws Failure {
        ObjectNode config = spec.config().deepCopy();
        if (params == null) {
            return config;
        }
        Object value;
        try {
            value = params.evaluate(input);
        } catch (EvaluationException e) {
            throw new Failure(failed("params failed: " + e.getMessage()));
        }
        if (value instanceof Map) {
            merge(config, (ObjectNode) JsonValues.toJson(value));
        } else if (value != null) {
            throw new Failure(failed("params gave " + describe(value) + ", not an object"));
        }
        return config;
    }

    /** Objects merge field by field; anything else replaces what was there. */
    private static void merge(ObjectNode into, ObjectNode from) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private List<Record> read(PageRun run, ObjectNode config, int limit) throws Failure {
        try {
            return run.lookups.read(spec, config, limit);
        } catch (ConnectorException e) {
            throw new Failure(StepIssue.failed(path, "lookup failed: " + e.getMessage(), e.isRetryable()));
        } catch (RuntimeException e) {
            throw new Failure(failed("lookup failed: " + e.getMessage()));
        }
    }

    private JsonNode resultsNode(List<JsonNode> results) {
        if (single) {
            return results.isEmpty() ? NullNode.getInstance() : results.get(0);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode(results.size());
        array.addAll(results);
        return array;
    }

    /** Ends one record's (or one page's) lookup with an issue. */
    private static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        final transient StepIssue issue;

        Failure(StepIssue issue) {
            super(issue.message(), null, false, false);
            this.issue = issue;
        }
    }
}
