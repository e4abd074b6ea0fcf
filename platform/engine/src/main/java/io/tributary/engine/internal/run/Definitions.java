package io.tributary.engine.internal.run;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.engine.internal.definition.CompiledFlow;

/** Checks and compiles flow definitions: the definition package's validator and compiler in the platform. */
public interface Definitions {

    /**
     * The definition with its defaults filled in, if it is valid for the workspace.
     *
     * @throws io.tributary.api.problem.ProblemException 422 naming every bad field
     */
    ObjectNode validate(String workspaceId, ObjectNode definition);

    /** A definition that {@link #validate} accepted, ready to run. */
    CompiledFlow compile(ObjectNode normalized);
}
