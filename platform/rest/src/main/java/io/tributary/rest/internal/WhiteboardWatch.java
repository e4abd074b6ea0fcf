package io.tributary.rest.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-registers the platform's servlets and filters that the HTTP whiteboard left unserved. Pax Web 8 drops a servlet for good
 * when it is registered while the whiteboard's default context is still being set up (it logs "No matching target
 * context(s)"), which happens when the framework restarts bundles from its cache: the API, the console or the
 * hooks would answer 404 until the next restart. Every DS component registering a servlet or filter with
 * {@value #WATCHED_PROPERTY}{@code =true}, in any bundle, is watched; one missing from the runtime for a few checks
 * is re-registered by disabling and enabling its component.
 */
@Component(immediate = true)
public class WhiteboardWatch {

    /** The service property that puts a servlet or filter of a DS component under this watch. */
    public static final String WATCHED_PROPERTY = "tributary.http.watched";

    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardWatch.class);
    private static final long PERIOD_MILLIS = 1000;

    private final HttpServiceRuntime runtime;
    private final ServiceComponentRuntime components;
    private final BundleContext bundle;
    private final UnservedServlets unserved = new UnservedServlets();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tributary-whiteboard-watch");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public WhiteboardWatch(@Reference HttpServiceRuntime runtime, @Reference ServiceComponentRuntime components,
                           BundleContext bundle) {
        this.runtime = runtime;
        this.components = components;
        this.bundle = bundle;
        timer.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void check() {
        try {
            Map<String, ServiceReference<?>> registered = watched();
            for (String name : unserved.due(registered.keySet(), UnservedServlets.served(runtime.getRuntimeDTO()))) {
                reregister(name, registered.get(name));
            }
        } catch (RuntimeException e) {
            LOG.debug("Whiteboard check failed", e);
        }
    }

    private void reregister(String name, ServiceReference<?> servlet) {
        Object component = servlet.getProperty(ComponentConstants.COMPONENT_NAME);
        if (servlet.getBundle() == null || !(component instanceof String)) {
            return;
        }
        ComponentDescriptionDTO description = components.getComponentDescriptionDTO(servlet.getBundle(),
                (String) component);
        if (description == null) {
            return;
        }
        LOG.warn("The HTTP whiteboard does not serve servlet {}; registering it again", name);
        try {
            components.disableComponent(description).getValue();
            components.enableComponent(description).getValue();
        } catch (InvocationTargetException e) {
            LOG.warn("Servlet {} could not be registered again: {}", name, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The watched servlets and filters registered now, by their whiteboard names. */
    private Map<String, ServiceReference<?>> watched() {
        Map<String, ServiceReference<?>> byName = new HashMap<>();
        try {
            ServiceReference<?>[] references = bundle.getAllServiceReferences(null, "(" + WATCHED_PROPERTY + "=true)");
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                for (String key : List.of(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME,
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_NAME)) {
                    if (reference.getProperty(key) instanceof String name) {
                        byName.put(name, reference);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a constant filter is valid", e);
        }
        return byName;
    }
}
