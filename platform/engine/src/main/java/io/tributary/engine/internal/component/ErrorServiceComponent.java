package io.tributary.engine.internal.component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.flow.ErrorService;
import io.tributary.engine.internal.service.DefaultErrorService;

/** The error queue on this node's engine. */
@Component(service = ErrorService.class)
public class ErrorServiceComponent extends DefaultErrorService {

    @Activate
    public ErrorServiceComponent(@Reference EngineComponent engine) {
        super(engine.engine());
    }
}
