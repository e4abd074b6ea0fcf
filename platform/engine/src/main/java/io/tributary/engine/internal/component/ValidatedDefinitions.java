package io.tributary.engine.internal.component;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.definition.FlowCompiler;
import io.tributary.engine.internal.definition.FlowValidator;
import io.tributary.engine.internal.run.Definitions;

/** The definition package's validator and compiler, as the engine uses them. */
final class ValidatedDefinitions implements Definitions {

    private final FlowValidator validator;

    ValidatedDefinitions(FlowValidator validator) {
        this.validator = validator;
    }

    @Override
    public ObjectNode validate(String workspaceId, ObjectNode definition) {
        return validator.validate(workspaceId, definition);
    }

    @Override
    public CompiledFlow compile(ObjectNode normalized) {
        return FlowCompiler.compile(normalized);
    }
}
