package io.tributary.console.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Swagger UI at {@code /api/v1/docs/} over the API's own {@code /api/v1/openapi.json}: the WebJar's script and
 * styles, started by a script file of ours instead of the WebJar's inline one, so the CSP needs no inline script.
 * Swagger UI sets inline styles, hence {@code 'unsafe-inline'} for styles here only.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + DocsServlet.PATH + "/*",
        "osgi.http.whiteboard.servlet.name=tributary-docs",
        "tributary.http.watched=true"})
public final class DocsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/api/v1/docs";
    private static final Set<String> SWAGGER_FILES = Set.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final transient StaticFiles docs = new StaticFiles(loader(), "docs/");
    private final transient StaticFiles swagger;

    public DocsServlet() {
        swagger = new StaticFiles(loader(), "META-INF/resources/webjars/swagger-ui/" + Libraries.load().swaggerUi() + "/");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.secure(response, POLICY);
        if (!Responses.readOnly(request, response)) {
            return;
        }
        String file = Optional.ofNullable(request.getPathInfo()).orElse("");
        if (file.isEmpty()) {
            Responses.redirect(response, PATH + "/");
            return;
        }
        String name = file.equals("/") ? "index.html" : file.substring(1);
        // the URLs carry no version, so even Swagger UI's files are revalidated
        Optional<StaticFile> found = SWAGGER_FILES.contains(name) ? swagger.find(name) : docs.find(name);
        if (found.isPresent()) {
            Responses.send(request, response, found.get(), Responses.REVALIDATE);
        } else {
            Responses.problem(response, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                    "The API documentation has no such file.");
        }
    }

    private static ClassLoader loader() {
        return DocsServlet.class.getClassLoader();
    }
}
