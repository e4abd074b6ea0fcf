package io.tributary.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * Right after a restart Jersey may not be able to start when the servlet is initialised (its injection bundle starts
 * later). The API must not stay unavailable for good: it answers 503 and starts on a later request.
 */
class HotSwapServletStartTest {

    @Path("/ping")
    public static class Ping {
        @GET
        public String ping() {
            return "pong";
        }
    }

    @Test
    void aFailedStartIsTriedAgainOnTheNextRequest() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        HotSwapServlet api = new HotSwapServlet(resources -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("InjectionManagerFactory not found.");
            }
            return new ResourceConfig(Ping.class);
        });
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder("api", api);
        holder.setInitOrder(0);
        context.addServlet(holder, "/api/*");
        server.setHandler(context);
        server.start();
        try {
            URI ping = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                    + "/api/ping");
            HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ping).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode(), "the first request starts the API: " + first.body());
            assertEquals("pong", first.body());
            assertEquals(2, builds.get());
        } finally {
            server.stop();
        }
    }
}
