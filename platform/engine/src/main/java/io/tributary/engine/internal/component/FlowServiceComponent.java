package io.tributary.engine.internal.component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.flow.FlowService;
import io.tributary.engine.internal.service.DefaultFlowService;

/** The flow service on this node's engine. */
@Component(service = FlowService.class)
public class FlowServiceComponent extends DefaultFlowService {

    @Activate
    public FlowServiceComponent(@Reference EngineComponent engine) {
        super(engine.engine());
    }
}
