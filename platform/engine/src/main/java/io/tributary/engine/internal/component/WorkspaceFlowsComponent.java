package io.tributary.engine.internal.component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.engine.internal.service.WorkspaceFlows;

/** Puts this node's flows into tenancy's workspace exports, imports and clones. */
@Component(service = WorkspaceContent.class)
public class WorkspaceFlowsComponent extends WorkspaceFlows {

    @Activate
    public WorkspaceFlowsComponent(@Reference EngineComponent engine) {
        super(engine.engine());
    }
}
