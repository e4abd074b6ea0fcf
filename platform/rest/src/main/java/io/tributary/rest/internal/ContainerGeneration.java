package io.tributary.rest.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Jersey container and the requests it is serving. Once retired it takes no new requests and is destroyed
 * when the last request in flight has finished, so a swap never cuts a request off.
 */
final class ContainerGeneration {

    /** Added to the in-flight count once retired; no real count gets near it. */
    private static final int RETIRED = 1 << 30;
    private static final Logger LOG = LoggerFactory.getLogger(ContainerGeneration.class);

    private final ServletContainer container;
    private final AtomicInteger state = new AtomicInteger();

    private ContainerGeneration(ServletContainer container) {
        this.container = container;
    }

    /** Builds and initialises a new container; a ResourceConfig cannot be reused once a container used it. */
    static ContainerGeneration start(ResourceConfig config, ServletConfig servletConfig) throws ServletException {
        ServletContainer container = new ServletContainer(config);
        withBundleClassLoader(() -> container.init(servletConfig));
        return new ContainerGeneration(container);
    }

    /** Counts a request in, unless this generation has been retired. */
    boolean tryEnter() {
        int current;
        do {
            current = state.get();
            if (current >= RETIRED) {
                return false;
            }
        } while (!state.compareAndSet(current, current + 1));
        return true;
    }

    void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        container.service(request, response);
    }

    /** Counts a request out; the last one out of a retired generation destroys it. */
    void exit() {
        if (state.decrementAndGet() == RETIRED) {
            destroy();
        }
    }

    /** Takes no more requests; destroys now if none is in flight, else when the last one exits. */
    void retire() {
        if (state.addAndGet(RETIRED) == RETIRED) {
            destroy();
        }
    }

    /** May run on the thread of the last request out, which has been answered: it must not fail that request. */
    private void destroy() {
        try {
            withBundleClassLoader(container::destroy);
        } catch (RuntimeException e) {
            LOG.warn("Destroying a retired Jersey container failed", e);
        }
    }

    /** Jersey finds its services through the context class loader; in OSGi it must be this bundle's. */
    private static <E extends Exception> void withBundleClassLoader(Action<E> action) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContainerGeneration.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @FunctionalInterface
    private interface Action<E extends Exception> {
        void run() throws E;
    }
}
