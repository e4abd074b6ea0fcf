package io.tributary.rest.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.inject.hk2.Hk2InjectionManagerFactory;
import org.glassfish.jersey.internal.ServiceFinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.problem.Problem;
import io.tributary.rest.internal.problem.Problems;

/**
 * Serves requests through the current Jersey container and swaps in a new one whenever the contributed resources
 * change. Jersey's own {@code reload()} is not atomic (a request in flight got a 500), so a change builds a complete
 * new container first, sends new requests to it, and destroys the old one once its requests in flight are done.
 */
public final class HotSwapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HotSwapServlet.class);

    private final transient Function<Collection<Object>, ResourceConfig> application;
    private final transient Set<Object> contributed = Collections.newSetFromMap(new IdentityHashMap<>());
    private transient volatile ContainerGeneration current;

    /** @param application builds the complete JAX-RS application around the contributed resources */
    public HotSwapServlet(Function<Collection<Object>, ResourceConfig> application) {
        this.application = application;
    }

    private transient boolean initialized;
    private transient boolean startFailureLogged;

    @Override
    public synchronized void init() {
        initialized = true;
        current = startOrNull();
    }

    /**
     * A new container, or null when Jersey cannot start yet: right after a restart its injection bundle may start
     * after this servlet, and a servlet whose init throws stays unavailable for good. Later requests try again.
     */
    private ContainerGeneration startOrNull() {
        String waiting = inactiveJerseyBundle();
        if (waiting != null) {
            if (!startFailureLogged) {
                startFailureLogged = true;
                LOG.warn("The REST API cannot start yet: {} is not active; each request tries again", waiting);
            }
            return null;
        }
        try {
            ContainerGeneration started = ContainerGeneration.start(application.apply(List.copyOf(contributed)),
                    getServletConfig());
            if (startFailureLogged) {
                LOG.info("The REST API started");
            }
            return started;
        } catch (ServletException | RuntimeException e) {
            if (!startFailureLogged) {
                startFailureLogged = true;
                LOG.warn("The REST API cannot start yet ({}); each request tries again", e.getMessage());
            }
            return null;
        }
    }

    /**
     * Jersey looks its injection manager up once, through a registry of the bundles it knows when it is first used:
     * used before its injection bundle runs, it would not find it again. Null when every Jersey bundle is active
     * (or when not running in OSGi, as in tests).
     */
    private static String inactiveJerseyBundle() {
        for (Class<?> type : List.of(ServiceFinder.class, Hk2InjectionManagerFactory.class, ServletContainer.class)) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
                return bundle.getSymbolicName() + " (state " + bundle.getState() + ")";
            }
        }
        return null;
    }

    /** The current generation, started first if an earlier start failed. */
    private synchronized void startIfDue() {
        if (initialized && current == null) {
            current = startOrNull();
        }
    }

    @Override
    public synchronized void destroy() {
        initialized = false;
        ContainerGeneration last = current;
        current = null;
        if (last != null) {
            last.retire();
        }
    }

    /** Serves a resource from now on; one that would stop the API from starting is rejected and logged. */
    public synchronized void addResource(Object resource) {
        if (contributed.add(resource) && current != null && !swapIn()) {
            contributed.remove(resource);
            LOG.error("Rejected REST resource {}: the API does not start with it", resource.getClass().getName());
        }
    }

    public synchronized void removeResource(Object resource) {
        if (contributed.remove(resource) && current != null) {
            swapIn();
        }
    }

    private boolean swapIn() {
        ContainerGeneration next;
        try {
            next = ContainerGeneration.start(application.apply(List.copyOf(contributed)), getServletConfig());
        } catch (ServletException | RuntimeException e) {
            LOG.error("Could not build the REST API for the changed resources; the previous one stays", e);
            return false;
        }
        ContainerGeneration previous = current;
        current = next;
        previous.retire();
        return true;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ContainerGeneration generation = enterCurrent();
        if (generation == null) {
            startIfDue();
            generation = enterCurrent();
        }
        if (generation == null) {
            Problems.write(response, Problem.of(503, "Service Unavailable", "The API is not running."));
            return;
        }
        try {
            generation.service(request, response);
            if (hasBareErrorStatus(response)) {
                // Jersey's servlet layer answers an unparsable header or URI with a status alone
                Problems.write(response, Problem.of(response.getStatus(), Problems.title(response.getStatus()), null));
            }
        } catch (ServletException | RuntimeException e) {
            // Jersey rethrows what it cannot map; answer in JSON rather than with the container's HTML page
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            Problems.write(response, Problems.unexpected(500, e));
        } finally {
            generation.exit();
        }
    }

    private static boolean hasBareErrorStatus(HttpServletResponse response) {
        return response.getStatus() >= 400 && !response.isCommitted() && response.getContentType() == null;
    }

    /** The current generation, counted in; retries when a swap retired it in between. */
    private ContainerGeneration enterCurrent() {
        while (true) {
            ContainerGeneration generation = current;
            if (generation == null || generation.tryEnter()) {
                return generation;
            }
        }
    }
}
