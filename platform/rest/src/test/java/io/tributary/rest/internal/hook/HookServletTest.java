package io.tributary.rest.internal.hook;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.connector.InboundRequest;
import io.tributary.api.flow.HookService;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.FallbackServlet;
import io.tributary.rest.internal.testing.ApiServer;

class HookServletTest {

    private final AtomicReference<String> receivedKey = new AtomicReference<>();
    private final AtomicReference<InboundRequest> received = new AtomicReference<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void aPostIsHandedOnWithItsHeadersAndBodyAndAnswered202WithTheReceipt() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 2)));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/hooks/k-orders"))
                .header("Content-Type", "application/json").header("X-Signature-256", "sha256=abc")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"id\": 1}, {\"id\": 2}]")));

        assertEquals(202, response.statusCode(), response::body);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("{\"eventId\":\"ev-1\",\"records\":2}", response.body());
        assertEquals("k-orders", receivedKey.get());
        InboundRequest request = received.get();
        assertEquals("POST", request.method());
        assertEquals("sha256=abc", request.header("x-signature-256").orElseThrow());
        assertEquals("[{\"id\": 1}, {\"id\": 2}]", new String(request.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 1)));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/hooks/k"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[HookService.MAX_BODY_BYTES])));

        assertEquals(202, response.statusCode(), response::body);
        assertEquals(HookService.MAX_BODY_BYTES, received.get().body().length);
    }

    /** Only the body's first byte is sent (Jetty dispatches once content arrives); the rest is never awaited. */
    @Test
    void aDeclaredLengthOverTheLimitIs413WithoutWaitingForTheBody() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 1)));

        try (Socket socket = connect()) {
            write(socket, "POST /hooks/k HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (HookService.MAX_BODY_BYTES + 1) + "\r\n\r\n[");

            assertTrue(statusLine(socket).startsWith("HTTP/1.1 413 "));
        }
        assertNull(received.get());
    }

    /** A body that never ends: a servlet reading everything before checking the size would never answer. */
    @Test
    void aStreamedBodyOverTheLimitIs413WhileItIsStillComing() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 1)));
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();

        Socket socket = connect();
        write(socket, "POST /hooks/k HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        Thread sender = new Thread(() -> ApiServer.sendChunksUntilStopped(socket, sending, sent));
        sender.start();

        String status = statusLine(socket);

        sending.set(false);
        socket.close();
        sender.join(10_000);
        assertTrue(status.startsWith("HTTP/1.1 413 "), status);
        assertTrue(sent.get() > HookService.MAX_BODY_BYTES, "answered before the limit was reached");
        assertNull(received.get());
    }

    @Test
    void theTooLargeAnswerIsAProblem() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 1)));

        // The whole body goes out on its own thread while the answer is read: the server may answer before or after
        // it has drained the body, and a client that only waited for its upload to finish could miss the answer.
        Socket socket = connect();
        write(socket, "POST /hooks/k HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (HookService.MAX_BODY_BYTES + 1) + "\r\n\r\n");
        Thread uploader = new Thread(() -> {
            try {
                socket.getOutputStream().write(new byte[HookService.MAX_BODY_BYTES + 1]);
                socket.getOutputStream().flush();
            } catch (IOException closedByTheServer) {
                // the answer is already on its way
            }
        });
        uploader.start();
        String response = readResponse(socket);
        socket.close();
        uploader.join(10_000);

        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        JsonNode problem = new ObjectMapper().readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        assertEquals(413, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains(String.valueOf(HookService.MAX_BODY_BYTES)));
        assertNull(received.get());
    }

    @Test
    void onlyPostIsAllowed() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 1)));

        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/hooks/k"))
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertProblem(response, 405);
            assertEquals("POST", response.headers().firstValue("Allow").orElse(""), method);
        }
        assertNull(received.get());
    }

    @Test
    void aRefusalOfTheServiceIsItsProblem() throws Exception {
        serve((key, request) -> {
            throw new ProblemException(Problem.of(404, "Not Found", "No webhook " + key + "."));
        });

        JsonNode problem = assertProblem(post("/hooks/no-such-key"), 404);

        assertEquals("No webhook no-such-key.", problem.get("detail").asText());
    }

    @Test
    void aFailureOfTheServiceIsA500WithoutItsDetails() throws Exception {
        serve((key, request) -> {
            throw new IllegalStateException("secret internal detail");
        });

        HttpResponse<String> response = post("/hooks/k");

        JsonNode problem = assertProblem(response, 500);
        assertTrue(problem.get("detail").asText().contains("Reference: "));
        assertFalse(response.body().contains("secret internal detail"));
        assertFalse(response.body().contains("IllegalStateException"));
    }

    @Test
    void aPathWithoutExactlyOneKeyIs404WithoutAskingTheService() throws Exception {
        serve(recording(new HookService.HookReceipt("ev-1", 1)));

        assertProblem(post("/hooks"), 404);
        assertProblem(post("/hooks/"), 404);
        assertProblem(post("/hooks/a/b"), 404);
        assertNull(received.get());
    }

    @Test
    void withoutTheEngineItIs503SoThatSendersTryAgain() throws Exception {
        serve(null);

        assertProblem(post("/hooks/k"), 503);
    }

    private HookService recording(HookService.HookReceipt receipt) {
        return (key, request) -> {
            receivedKey.set(key);
            received.set(request);
            return receipt;
        };
    }

    private void serve(HookService hooks) throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        HookServlet servlet = hooks == null ? new HookServlet() : new HookServlet(hooks);
        context.addServlet(new ServletHolder("tributary-hooks", servlet), HookServlet.PATH + "/*");
        context.addServlet(new ServletHolder("tributary-fallback", new FallbackServlet()), "/");
        server.setHandler(context);
        server.start();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    private HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One response, read up to the end of its body (the server may keep the connection open). */
    private static String readResponse(Socket socket) throws IOException {
        java.io.InputStream in = socket.getInputStream();
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                return read.toString(StandardCharsets.UTF_8);
            }
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = text.substring(0, headerEnd).toLowerCase(java.util.Locale.ROOT);
            String body = text.substring(headerEnd + 4);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(headers);
            if (length.find() ? body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1))
                    : body.endsWith("\r\n0\r\n\r\n")) {
                return text;
            }
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII));
        return in.readLine();
    }
}
