package io.tributary.engine.internal.service;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.api.flow.Preview;
import io.tributary.api.flow.StepTrace;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.definition.SourceSpec;
import io.tributary.engine.internal.pipeline.Tracer;
import io.tributary.engine.internal.run.ConnectorPageSource;
import io.tributary.engine.internal.run.Retries;
import io.tributary.engine.internal.run.RunControl;
import io.tributary.engine.internal.run.RunLookups;
import io.tributary.engine.internal.run.SourcePage;

/** A dry run of a flow's steps over a sample or the source's first page; destinations are traced, not written. */
final class Previewer {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_RECORDS = 100;

    private final Engine engine;

    Previewer(Engine engine) {
        this.engine = engine;
    }

    Preview preview(StoredFlow flow, ArrayNode sample, int limit) {
        CompiledFlow compiled = engine.compiled().of(flow);
        RunControl control = new RunControl("preview");
        Retries retries = new Retries(compiled.settings().retry(), engine.parts().sleeper(), control::shouldStop);
        List<Record> records = sample != null ? sampled(sample) : firstPage(flow, compiled, retries, control,
                limit == 0 ? DEFAULT_LIMIT : limit);
        List<StepTrace> traces = new ArrayList<>();
        Tracer tracer = (step, type, input, output, issues) -> traces.add(new StepTrace(step, type, keyed(input),
                keyed(output), issues.stream().map(Previewer::issue).toList()));
        // the pipeline traces each scope's destinations (a branch route's too) with what they would get
        compiled.pipeline().route(records, new RunLookups(engine.binder(), retries, control), tracer);
        return new Preview(sample != null ? "sample" : "source", traces);
    }

    /** Sample objects keyed by their {@code id} field, else by their position from 1. */
    private static List<Record> sampled(ArrayNode sample) {
        if (sample.size() > MAX_RECORDS) {
            throw Problems.invalid("sample", "may hold at most " + MAX_RECORDS + " records");
        }
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            if (!sample.get(i).isObject()) {
                throw Problems.invalid("sample[" + i + "]", "must be an object");
            }
            ObjectNode data = (ObjectNode) sample.get(i);
            String key = data.hasNonNull("id") ? data.get("id").asText() : String.valueOf(i + 1);
            records.add(new Record(key, data.deepCopy()));
        }
        return records;
    }

    private List<Record> firstPage(StoredFlow flow, CompiledFlow compiled, Retries retries, RunControl control,
            int limit) {
        if (limit < 1 || limit > MAX_RECORDS) {
            throw Problems.invalid("limit", "must be between 1 and " + MAX_RECORDS);
        }
        SourceSpec source = compiled.source();
        if (source == null) {
            throw Problems.invalid("sample", "is needed: a webhook flow has no source to read");
        }
        try (ConnectorPageSource reader = ConnectorPageSource.open(engine.binder(), source, control, retries, limit,
                source.delta() ? flow.watermark() : null, null, limit)) {
            SourcePage page = reader.next();
            return page == null ? List.of() : page.records();
        } catch (ConnectorException e) {
            throw Problems.invalid("source", "cannot be read: " + e.getMessage());
        }
    }

    private static List<JsonNode> keyed(List<Record> records) {
        // copies: later steps must not change what an earlier step's trace shows
        return records.stream().<JsonNode>map(r -> Json.keyed(new Record(r.key(), r.data().deepCopy()))).toList();
    }

    private static JsonNode issue(Tracer.KeyedIssue keyed) {
        ObjectNode node = Json.object();
        node.put("key", keyed.key());
        node.put("outcome", keyed.issue().error() ? "error" : "ignored");
        node.put("message", keyed.issue().message());
        return node;
    }
}
