package io.tributary.rest.internal.hook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.connector.InboundRequest;
import io.tributary.api.flow.HookService;
import io.tributary.api.flow.HookService.HookReceipt;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.ApiApplication;
import io.tributary.rest.internal.WhiteboardWatch;
import io.tributary.rest.internal.problem.Problems;

/**
 * {@code POST /hooks/{key}}: inbound webhooks of flows, next to the API rather than under it, and open: the flow's
 * listener connector checks the caller (e.g. a signature), not a bearer token. A plain servlet, as senders often
 * wait for the answer and retry when it is slow: 202 {@code {eventId, records}} once the engine has persisted the
 * event.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + HookServlet.PATH + "/*",
        "osgi.http.whiteboard.servlet.name=tributary-hooks",
        WhiteboardWatch.WATCHED_PROPERTY + "=true"})
public final class HookServlet extends HttpServlet {

    public static final String PATH = "/hooks";

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = ApiApplication.objectMapper();
    private static final String POST = "POST";

    // optional: while the engine is away, senders get a 503 to retry on rather than a 404 that drops the event
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile HookService hooks;

    public HookServlet() {
    }

    /** For tests: a servlet that hands requests to the given service. */
    HookServlet(HookService hooks) {
        this.hooks = hooks;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            HookReceipt receipt = receive(request, response);
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setContentType("application/json");
            JSON.writeValue(response.getOutputStream(), receipt);
        } catch (ProblemException e) {
            Problems.write(response, e.problem());
        } catch (RuntimeException e) {
            Problems.write(response, Problems.unexpected(500, e));
        }
    }

    private HookReceipt receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!POST.equals(request.getMethod())) {
            response.setHeader("Allow", POST);
            throw new ProblemException(Problem.of(405, Problems.title(405),
                    "Webhooks are received with POST only."));
        }
        String key = key(request);
        HookService service = hooks;
        if (service == null) {
            throw new ProblemException(Problem.of(503, Problems.title(503),
                    "Webhooks are not received now: the flow engine is not running."));
        }
        byte[] body = boundedBody(request);
        return service.receive(key, new InboundRequest(request.getMethod(), headers(request), body));
    }

    /** The one path segment after {@value #PATH}/; anything else names no hook. */
    private static String key(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new ProblemException(Problem.of(404, Problems.title(404),
                    "No resource at " + request.getRequestURI() + "."));
        }
        return path.substring(1);
    }

    /**
     * The body, read up to {@link HookService#MAX_BODY_BYTES} and no further: a larger one is refused as soon as it
     * is known to be larger, from its Content-Length or while it streams in.
     */
    private static byte[] boundedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > HookService.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        InputStream in = request.getInputStream();
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            if (body.size() + read > HookService.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static ProblemException tooLarge() {
        return new ProblemException(Problem.of(413, Problems.title(413),
                "A webhook body may have at most " + HookService.MAX_BODY_BYTES + " bytes."));
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
