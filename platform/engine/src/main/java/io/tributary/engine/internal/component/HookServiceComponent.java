package io.tributary.engine.internal.component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.connector.InboundRequest;
import io.tributary.api.flow.HookService;
import io.tributary.engine.internal.hook.DefaultHookService;

/** Inbound webhooks on this node's engine. */
@Component(service = HookService.class)
public class HookServiceComponent implements HookService {

    private final DefaultHookService hooks;

    @Activate
    public HookServiceComponent(@Reference EngineComponent engine) {
        this.hooks = engine.engine().hooks();
    }

    @Override
    public HookReceipt receive(String key, InboundRequest request) {
        return hooks.receive(key, request);
    }
}
