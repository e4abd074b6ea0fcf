package io.tributary.console.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * A browser opening the runtime's address ({@code /} exactly) lands on the console, which signs it in. The HTTP
 * whiteboard has no pattern for the root alone (Pax Web reads {@code ""} as {@code /}), so this filter sits in
 * front of the REST bundle's fallback servlet, which answers every path no other servlet serves, and lets every
 * other path through to its problem+json 404.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.servlet=tributary-fallback",
        "osgi.http.whiteboard.filter.name=tributary-landing",
        "tributary.http.watched=true"})
public final class LandingFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("/".equals(http.getRequestURI()) && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            Responses.redirect((HttpServletResponse) response, ConsoleServlet.HOME);
        } else {
            chain.doFilter(request, response);
        }
    }
}
