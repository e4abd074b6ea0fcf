package io.tributary.api.flow;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;

/** Flow definitions: create, change, enable, run, preview, and their statistics. */
@ProviderType
public interface FlowService {

    /** Class-path resource of this package's bundle: the JSON Schema of a flow definition. */
    String SCHEMA_RESOURCE = "/io/tributary/api/flow/flow.schema.json";

    /** Flows of one workspace, or of every workspace the caller sees when {@code workspaceId} is null; by name. */
    List<Flow> flows(Caller caller, String workspaceId);

    /**
     * Creates a flow after checking the whole definition: schema, connections of the workspace, connector versions
     * and operations, operation configs, JSONata expressions, cron. 422 naming every bad field; nothing saved then.
     */
    Flow create(Caller caller, String workspaceId, ObjectNode definition);

    Flow flow(Caller caller, String flowId);

    /** Replaces the definition, checked as for {@link #create}; a webhook flow keeps its hook key. */
    Flow update(Caller caller, String flowId, ObjectNode definition);

    /** Deletes the flow with its runs and errors; 409 while it runs. */
    void delete(Caller caller, String flowId);

    Flow enable(Caller caller, String flowId, boolean enabled);

    /**
     * Starts a run now (202 semantics: it runs in the background). 409 when the flow already runs and its
     * {@code settings.overlap} is {@code skip}; a queued run when it is {@code queue}.
     */
    Run start(Caller caller, String flowId, RunRequest request);

    /**
     * Runs the steps over {@code sample} (record data objects; their key is taken from the source's key field or
     * their position) or, when it is null, over the source's first page of at most {@code limit} records. Writes
     * nothing and never moves the watermark.
     */
    Preview preview(Caller caller, String flowId, ArrayNode sample, int limit);

    /** One entry per day for the last {@code days} days (1 to 90), today last, days without runs as zeros. */
    List<DailyStats> stats(Caller caller, String flowId, int days);
}
