package io.tributary.rest.internal.flow;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/**
 * The body of {@code POST /flows} and {@code PUT /flows/{id}}: a flow definition, plus the workspace on a POST.
 * The read-only fields of a flow as read are dropped, so what a GET returned can be sent back, or posted into
 * another workspace to copy the flow.
 */
final class FlowBody {

    static final String WORKSPACE_ID = "workspaceId";
    private static final List<String> READ_ONLY = List.of("id", "createdAt", "updatedAt", "hookUrl", WORKSPACE_ID);

    private FlowBody() {
    }

    /**
     * The workspace a new flow goes into.
     *
     * @throws ProblemException 422 naming {@value #WORKSPACE_ID} when it is absent, blank or not text
     */
    static String workspaceId(ObjectNode body) {
        JsonNode workspaceId = body.path(WORKSPACE_ID);
        if (!workspaceId.isTextual() || workspaceId.asText().isBlank()) {
            String message = workspaceId.isMissingNode() || workspaceId.isNull() ? "is required" : "must be an id";
            throw new ProblemException(Problem.invalid("The request body lacks the flow's workspace.",
                    List.of(new FieldError(WORKSPACE_ID, message))));
        }
        return workspaceId.asText();
    }

    /** The definition alone: a copy of the body without the read-only fields (a PUT cannot move a flow). */
    static ObjectNode definition(ObjectNode body) {
        ObjectNode definition = body.deepCopy();
        definition.remove(READ_ONLY);
        return definition;
    }
}
