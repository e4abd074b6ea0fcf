package io.tributary.rest.internal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.osgi.service.component.AnyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tributary.api.store.Store;
import io.tributary.api.tenancy.IdentityService;

/**
 * The REST API on the HTTP whiteboard: a Jersey container under {@value ApiApplication#BASE_PATH} serving the
 * built-in resources and every service registered with {@value #RESOURCE_PROPERTY}{@code =true}. Requests are
 * authenticated by the {@link IdentityService} with bearer tokens, except those to {@code @Unauthenticated}
 * endpoints.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + ApiApplication.BASE_PATH + "/*",
        "osgi.http.whiteboard.servlet.name=tributary-api",
        WhiteboardWatch.WATCHED_PROPERTY + "=true"})
public final class ApiServlet implements Servlet {

    /** The service property that makes a service a JAX-RS resource (or provider) of the API; any type will do. */
    public static final String RESOURCE_PROPERTY = "tributary.rest.resource";

    /** The default of {@link Config#maxJsonBodyKilobytes()}: 1 MiB, far above any JSON request of the API. */
    public static final int DEFAULT_MAX_JSON_BODY_KILOBYTES = 1024;

    /** Configuration (PID {@code io.tributary.rest.internal.ApiServlet}). */
    @interface Config {
        /**
         * The largest request body, in KiB (at least 1), of every endpoint but the uploads, which have limits of their
         * own: a larger one is refused with a 413 before it is read into memory.
         */
        int maxJsonBodyKilobytes() default DEFAULT_MAX_JSON_BODY_KILOBYTES;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Store store;

    // optional: without it the open endpoints still answer and the others say 503
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile IdentityService identity;

    private final HotSwapServlet jersey;

    @Activate
    public ApiServlet(Config config) {
        // uploads wait in the system's temporary directory: Karaf's data/tmp
        jersey = new HotSwapServlet(new ApiApplication(() -> Optional.ofNullable(store),
                () -> Optional.ofNullable(identity), ApiApplication.projectVersion(),
                config.maxJsonBodyKilobytes() * 1024L, null)::configure);
    }

    // AnyService: resources implement no common interface, so match on the property alone
    @Reference(service = AnyService.class, target = "(" + RESOURCE_PROPERTY + "=true)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeResource")
    void addResource(Object resource) {
        jersey.addResource(resource);
    }

    void removeResource(Object resource) {
        jersey.removeResource(resource);
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        jersey.init(config);
    }

    @Override
    public ServletConfig getServletConfig() {
        return jersey.getServletConfig();
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        jersey.service(request, response);
    }

    @Override
    public String getServletInfo() {
        return "Tributary REST API";
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }
}
