package io.tributary.rest.internal.testing;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.store.Store;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.rest.internal.ApiApplication;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.FallbackServlet;
import io.tributary.rest.internal.HotSwapServlet;
import io.tributary.rest.internal.identity.AuthResource;

/**
 * The API servlets in an embedded Jetty, mapped as the whiteboard maps them, driven over real HTTP. Requests carry
 * the bearer token of the operator unless a test picks another caller or none.
 */
public final class ApiServer implements AutoCloseable {

    public static final String VERSION = "9.8.7-TEST";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicReference<Store> store = new AtomicReference<>();
    private final FakeIdentity fakeIdentity = new FakeIdentity();
    private final AtomicReference<IdentityService> identity = new AtomicReference<>(fakeIdentity);
    /** The API's default, as in the running platform. */
    public static final long MAX_JSON_BODY_BYTES = ApiServlet.DEFAULT_MAX_JSON_BODY_KILOBYTES * 1024L;

    private final Path uploads = Files.createTempDirectory("tributary-api-uploads-");
    private final HotSwapServlet api = new HotSwapServlet(new ApiApplication(
            () -> Optional.ofNullable(store.get()), () -> Optional.ofNullable(identity.get()), VERSION,
            MAX_JSON_BODY_BYTES, uploads)::configure);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
    private volatile String token = TestCallers.tokenOf(TestCallers.OPERATOR);

    public ApiServer() throws Exception {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder apiHolder = new ServletHolder("tributary-api", api);
        apiHolder.setInitOrder(0);
        context.addServlet(apiHolder, ApiApplication.BASE_PATH + "/*");
        context.addServlet(new ServletHolder("tributary-fallback", new FallbackServlet()), "/");
        server.setHandler(context);
        server.start();
    }

    /** Where uploads wait while their request runs; empty between requests. */
    public Path uploads() {
        return uploads;
    }

    public HotSwapServlet api() {
        return api;
    }

    public void setStore(Store store) {
        this.store.set(store);
    }

    /** Contributes the sign-in resource, as the running platform does: health is UP only with it. */
    public void servesSignIn() {
        api.addResource(new AuthResource(fakeIdentity, false));
    }

    /** The identity service every request is authenticated by, until {@link #removeIdentity()}. */
    public FakeIdentity identity() {
        return fakeIdentity;
    }

    /** As if the tenancy bundle were not running. */
    public void removeIdentity() {
        identity.set(null);
    }

    /** Sends the following requests as this caller. */
    public void actAs(Caller caller) {
        useToken(TestCallers.tokenOf(caller));
    }

    /** Sends the following requests with this bearer token, or with no Authorization header for null. */
    public void useToken(String bearerToken) {
        this.token = bearerToken;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return sendJson("POST", path, body);
    }

    public HttpResponse<String> sendJson(String method, String path, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A status, Content-Type and body, read off the socket by {@link #declareBody}. */
    public record Answer(int status, String contentType, String body) {
    }

    /**
     * POSTs the head of a request that declares a body of {@code contentLength} bytes (with more {@code headers} such
     * as {@code "Idempotency-Key: k"}), and only its first kilobyte
     * (Jetty dispatches a request once some of its body arrived), then reads the answer: a client library would insist
     * on sending the whole body, and a limit is to refuse it before reading it.
     */
    public Answer declareBody(String path, String contentType, long contentLength, String... headers)
            throws IOException {
        URI uri = uri(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head(uri, contentType, "Content-Length: " + contentLength, headers));
            socket.getOutputStream().write(new byte[1024]);
            socket.getOutputStream().flush();
            return answer(socket);
        }
    }

    /** What {@link #streamBody} got back, and how many body bytes went out before the server gave up. */
    public record StreamedAnswer(Answer answer, long sent) {
    }

    /**
     * POSTs a chunked body that never ends, on its own thread while the answer is read: a server that reads the
     * whole body before answering never answers, and a client that waited for its upload to finish could miss an
     * answer the server sent early and then closed the connection on.
     */
    public StreamedAnswer streamBody(String path, String contentType, String... headers)
            throws IOException, InterruptedException {
        URI uri = uri(path);
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head(uri, contentType, "Transfer-Encoding: chunked", headers));
            Thread sender = new Thread(() -> sendChunksUntilStopped(socket, sending, sent), "streamed-body");
            sender.start();
            try {
                return new StreamedAnswer(answer(socket), sent.get());
            } finally {
                sending.set(false);
                socket.shutdownOutput();
                sender.join(10_000);
            }
        }
    }

    private byte[] head(URI uri, String contentType, String framing, String... headers) {
        return ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Type: " + contentType + "\r\n" + framing + "\r\n"
                + Stream.of(headers).map(header -> header + "\r\n").collect(Collectors.joining()) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static Answer answer(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        int status = Integer.parseInt(in.readLine().split(" ")[1]);
        String type = "";
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
            String[] header = line.split(":", 2);
            if (header[0].equalsIgnoreCase("Content-Type")) {
                type = header[1].trim();
            } else if (header[0].equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(header[1].trim());
            }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return new Answer(status, type, new String(body, 0, read));
    }

    /** 64 KiB chunks of a chunked body until told to stop or the server closes the connection. */
    public static void sendChunksUntilStopped(Socket socket, AtomicBoolean sending, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] trailer = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            OutputStream out = socket.getOutputStream();
            while (sending.get()) {
                out.write(header);
                out.write(chunk);
                out.write(trailer);
                sent.addAndGet(chunk.length);
            }
        } catch (IOException e) {
            // the server gave up on the body: what the caller tests
        }
    }

    public URI uri(String path) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        server.stop();
        try (Stream<Path> left = Files.list(uploads)) {
            left.forEach(file -> file.toFile().delete());
        }
        Files.delete(uploads);
    }
}
