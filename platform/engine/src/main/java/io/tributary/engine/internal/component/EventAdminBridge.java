package io.tributary.engine.internal.component;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import io.tributary.engine.internal.run.ErrorEvents;

/**
 * Posts the engine's error events through EventAdmin. A component of its own so that the engine needs neither the
 * EventAdmin service nor its package (imported optionally): without them, this component is simply not there.
 */
@Component(service = ErrorEvents.class)
public class EventAdminBridge implements ErrorEvents {

    private final EventAdmin eventAdmin;

    @Activate
    public EventAdminBridge(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void post(String topic, Map<String, Object> properties) {
        eventAdmin.postEvent(new Event(topic, properties));
    }
}
