package io.tributary.engine.internal.component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.flow.RunService;
import io.tributary.engine.internal.service.DefaultRunService;

/** The run service on this node's engine. */
@Component(service = RunService.class)
public class RunServiceComponent extends DefaultRunService {

    @Activate
    public RunServiceComponent(@Reference EngineComponent engine) {
        super(engine.engine());
    }
}
