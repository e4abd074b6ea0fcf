package io.tributary.engine.internal.component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.engine.internal.service.FlowUsage;

/** Tells the plugin installer which flows use a connector version. */
@Component(service = ConnectorUsage.class)
public class ConnectorUsageComponent extends FlowUsage {

    @Activate
    public ConnectorUsageComponent(@Reference EngineComponent engine) {
        super(engine.engine().repositories().flows(), engine.engine().parts().connections());
    }
}
