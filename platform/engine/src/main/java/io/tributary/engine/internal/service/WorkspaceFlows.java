package io.tributary.engine.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.FlowRepository;
import io.tributary.engine.internal.data.StoredFlow;

/**
 * The {@code flows} of workspace exports, imports and clones: each flow's definition as stored, which holds no
 * secrets and names its connections by id. An import creates every flow as a user would, but disabled until its
 * connection shells are completed, with connections mapped to the new shells; the whole section is one transaction
 * (tenancy's, when it calls).
 */
public class WorkspaceFlows implements WorkspaceContent {

    static final String SECTION = "flows";

    private final Engine engine;
    private final FlowRepository flows;
    private final FlowCreator creator;

    public WorkspaceFlows(Engine engine) {
        this.engine = engine;
        this.flows = engine.repositories().flows();
        this.creator = new FlowCreator(engine);
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public ArrayNode export(String workspaceId) {
        ArrayNode items = Json.MAPPER.createArrayNode();
        flows.listByWorkspace(workspaceId).forEach(flow -> items.add(flow.definition().deepCopy()));
        return items;
    }

    @Override
    public void importInto(Caller caller, String workspaceId, ArrayNode items, Map<String, String> connectionIds) {
        engine.repositories().database().transaction(c -> {
            for (int i = 0; i < items.size(); i++) {
                String prefix = SECTION + "[" + i + "]";
                if (!(items.get(i) instanceof ObjectNode item)) {
                    throw Problems.invalid(prefix, "must be an object");
                }
                create(caller, workspaceId, disabledCopy(item, connectionIds, prefix), prefix);
            }
            return null;
        });
    }

    private StoredFlow create(Caller caller, String workspaceId, ObjectNode definition, String prefix) {
        try {
            return creator.create(caller.tenantId(), workspaceId, definition);
        } catch (ProblemException e) {
            throw within(prefix, e.problem());
        }
    }

    /** The item, enabled no more, its connections those of the new workspace. */
    private static ObjectNode disabledCopy(ObjectNode item, Map<String, String> connectionIds, String prefix) {
        ObjectNode definition = item.deepCopy();
        definition.put("enabled", false);
        ConnectionMapping mapping = new ConnectionMapping(connectionIds, prefix);
        mapping.rewrite(definition.path("trigger"), ".trigger");
        mapping.rewrite(definition.path("source"), ".source");
        mapping.rewriteSteps(definition.path("steps"), ".steps");
        mapping.rewriteEach(definition.path("destinations"), ".destinations");
        if (!mapping.unknown.isEmpty()) {
            throw new ProblemException(Problem.invalid(mapping.unknown.get(0).field() + " "
                    + mapping.unknown.get(0).message(), mapping.unknown));
        }
        return definition;
    }

    /** The problem of one item, its fields named by their path in the document. */
    private static ProblemException within(String prefix, Problem problem) {
        List<FieldError> errors = problem.errors().stream()
                .map(error -> new FieldError(prefix + "." + error.field(), error.message())).toList();
        return new ProblemException(new Problem(problem.type(), problem.title(), problem.status(),
                problem.detail() == null ? prefix : prefix + ": " + problem.detail(), errors));
    }

    /** Rewrites the connection ids of one definition where the format has them: trigger, source, lookups, routes. */
    private static final class ConnectionMapping {

        private final Map<String, String> connectionIds;
        private final String prefix;
        private final List<FieldError> unknown = new ArrayList<>();

        ConnectionMapping(Map<String, String> connectionIds, String prefix) {
            this.connectionIds = connectionIds;
            this.prefix = prefix;
        }

        void rewrite(JsonNode node, String path) {
            if (node instanceof ObjectNode object && object.get("connection") != null
                    && object.get("connection").isTextual()) {
                String mapped = connectionIds.get(object.get("connection").asText());
                if (mapped == null) {
                    unknown.add(new FieldError(prefix + path + ".connection",
                            "is not a connection of the document"));
                } else {
                    object.put("connection", mapped);
                }
            }
        }

        void rewriteEach(JsonNode nodes, String path) {
            // what is not as the format says stays for the validator to name
            if (!nodes.isArray()) {
                return;
            }
            for (int i = 0; i < nodes.size(); i++) {
                rewrite(nodes.get(i), path + "[" + i + "]");
            }
        }

        /** Lookups have a connection; branches nest steps and destinations in their routes. */
        void rewriteSteps(JsonNode steps, String path) {
            if (!steps.isArray()) {
                return;
            }
            for (int i = 0; i < steps.size(); i++) {
                JsonNode step = steps.get(i);
                String stepPath = path + "[" + i + "]";
                rewrite(step, stepPath);
                JsonNode routes = step.path("routes");
                if (!routes.isArray()) {
                    continue;
                }
                for (int r = 0; r < routes.size(); r++) {
                    String routePath = stepPath + ".routes[" + r + "]";
                    rewriteSteps(routes.get(r).path("steps"), routePath + ".steps");
                    rewriteEach(routes.get(r).path("destinations"), routePath + ".destinations");
                }
            }
        }
    }
}
