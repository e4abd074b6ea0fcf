package io.tributary.rest.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

import io.tributary.api.problem.Problem;
import io.tributary.rest.internal.problem.Problems;

/** Answers every path no other servlet serves with a 404 problem, so the port never shows an HTML error page. */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/",
        "osgi.http.whiteboard.servlet.name=tributary-fallback",
        WhiteboardWatch.WATCHED_PROPERTY + "=true"})
public final class FallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "No resource at " + request.getRequestURI() + ".";
        Problems.write(response, Problem.of(404, Problems.title(404), detail));
    }
}
