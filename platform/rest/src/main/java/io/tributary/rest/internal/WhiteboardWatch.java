package io.tributary.rest.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.rest.internal.hook.HookServlet;

/**
 * Re-registers this bundle's servlets that the HTTP whiteboard left unserved. Pax Web 8 drops a servlet for good
 * when it is registered while the whiteboard's default context is still being set up (it logs "No matching target
 * context(s)"), which happens when the framework restarts bundles from its cache: the API would answer 404 until
 * the next restart. A servlet registered but missing from the runtime for a few checks is re-registered by
 * disabling and enabling its component.
 */
@Component(immediate = true)
public class WhiteboardWatch {

    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardWatch.class);
    private static final long PERIOD_MILLIS = 1000;
    /** Servlet name to the component that registers it. */
    static final Map<String, String> COMPONENTS = Map.of(
            "tributary-api", ApiServlet.class.getName(),
            "tributary-fallback", FallbackServlet.class.getName(),
            "tributary-hooks", HookServlet.class.getName());

    private final HttpServiceRuntime runtime;
    private final ComponentContext context;
    private final UnservedServlets unserved = new UnservedServlets();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tributary-whiteboard-watch");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public WhiteboardWatch(@Reference HttpServiceRuntime runtime, ComponentContext context) {
        this.runtime = runtime;
        this.context = context;
        timer.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void check() {
        try {
            for (String name : unserved.due(registered(context.getBundleContext()),
                    UnservedServlets.served(runtime.getRuntimeDTO()))) {
                LOG.warn("The HTTP whiteboard does not serve servlet {}; registering it again", name);
                context.disableComponent(COMPONENTS.get(name));
                context.enableComponent(COMPONENTS.get(name));
            }
        } catch (RuntimeException e) {
            LOG.debug("Whiteboard check failed", e);
        }
    }

    private static Set<String> registered(BundleContext bundle) {
        Set<String> names = new HashSet<>();
        try {
            for (String name : COMPONENTS.keySet()) {
                var references = bundle.getServiceReferences(Servlet.class,
                        "(osgi.http.whiteboard.servlet.name=" + name + ")");
                for (ServiceReference<Servlet> reference : references) {
                    if (reference.getBundle() != null && reference.getBundle().equals(bundle.getBundle())) {
                        names.add(name);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("constant filters are valid", e);
        }
        return names;
    }
}
