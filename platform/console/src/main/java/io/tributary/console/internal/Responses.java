package io.tributary.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** How the console answers: its files with validators and cache rules, redirects, and problem+json errors. */
final class Responses {

    /** WebJar paths carry their version, so a browser may keep them for good. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The console's own files change with the bundle: the browser revalidates them (a 304 when unchanged). */
    static final String REVALIDATE = "no-cache";

    private Responses() {
    }

    /** Headers every console and docs answer carries, whatever its content. */
    static void secure(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    static void send(HttpServletRequest request, HttpServletResponse response, StaticFile file, String cacheControl)
            throws IOException {
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", file.etag());
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(file.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(file.content());
        }
    }

    static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", REVALIDATE);
    }

    /** A problem+json answer; {@code detail} is a constant sentence of this bundle, never request text. */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Only GET and HEAD are served: the console and the docs are read-only. */
    static boolean readOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        response.setHeader("Allow", "GET, HEAD");
        problem(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed",
                "The console and the API documentation only answer GET and HEAD.");
        return false;
    }
}
