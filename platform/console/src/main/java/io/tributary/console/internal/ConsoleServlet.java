package io.tributary.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The web console on the HTTP whiteboard ({@link LandingServlet} sends {@code /} here): {@code /console/app/*}
 * are the console's ES modules and styles, {@code /console/webjars/*} the embedded WebJars; every other
 * {@code /console/*} path is a screen's deep link and gets the page that starts the console, which routes it.
 * The page is the one place with an inline script, the import map, allowed by its hash in a strict CSP.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/console/*",
        "osgi.http.whiteboard.servlet.name=tributary-console",
        "tributary.http.watched=true"})
public final class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HOME = "/console/";
    private static final String APP = "/console/app/";

    private final transient StaticFiles app = new StaticFiles(loader(), "console/app/");
    private final transient StaticFiles webjars = new StaticFiles(loader(), "META-INF/resources/webjars/");
    private final transient StaticFile page;
    private final String policy;

    public ConsoleServlet() {
        Libraries libraries = Libraries.load();
        String importMap = libraries.importMap();
        page = StaticFile.text(new StaticFiles(loader(), "console/").text("index.html")
                .replace("{{importmap}}", importMap).replace("{{uplot}}", libraries.uplot()), "text/html; charset=utf-8");
        policy = "default-src 'none'; script-src 'self' 'sha256-" + StaticFile.sha256(importMap.getBytes(
                StandardCharsets.UTF_8)) + "'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.secure(response, policy);
        if (!Responses.readOnly(request, response)) {
            return;
        }
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        if (path.equals("/console")) {
            Responses.redirect(response, HOME);
        } else if (path.startsWith(APP)) {
            serve(request, response, app.find(path.substring(APP.length())), Responses.REVALIDATE);
        } else if (path.startsWith(Libraries.WEBJARS)) {
            serve(request, response, webjars.find(path.substring(Libraries.WEBJARS.length())), Responses.IMMUTABLE);
        } else {
            Responses.send(request, response, page, Responses.REVALIDATE);
        }
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, Optional<StaticFile> file,
                              String cacheControl) throws IOException {
        if (file.isPresent()) {
            Responses.send(request, response, file.get(), cacheControl);
        } else {
            Responses.problem(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", "The console has no such file.");
        }
    }

    private static ClassLoader loader() {
        return ConsoleServlet.class.getClassLoader();
    }
}
