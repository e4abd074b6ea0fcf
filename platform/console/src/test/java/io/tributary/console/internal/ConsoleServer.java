package io.tributary.console.internal;

import java.net.URI;
import java.util.EnumSet;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The console's servlets on a Jetty of the version Pax Web runs, mapped as the whiteboard maps them; a new one for
 * each test that registers it as an extension.
 */
final class ConsoleServer implements BeforeEachCallback, AfterEachCallback {

    private final Server server = new Server(0);
    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    public void beforeEach(ExtensionContext test) throws Exception {
        ServletContextHandler context = new ServletContextHandler();
        // the REST bundle's fallback, as the landing filter finds it in the runtime
        context.addServlet(new ServletHolder("tributary-fallback", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(404);
            }
        }), "/");
        context.addFilter(new FilterHolder(new LandingFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ConsoleServlet()), "/console/*");
        context.addServlet(new ServletHolder(new DocsServlet()), DocsServlet.PATH + "/*");
        server.setHandler(context);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void afterEach(ExtensionContext test) throws Exception {
        server.stop();
    }
}
