package io.tributary.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleServletTest {

    @RegisterExtension
    final ConsoleServer server = new ConsoleServer();

    @Test
    void theRootSendsTheBrowserToTheConsole() throws Exception {
        HttpResponse<String> root = server.get("/");

        assertEquals(302, root.statusCode());
        assertEquals("/console/", root.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void otherUnservedPathsStayWithTheFallback() throws Exception {
        assertEquals(404, server.get("/index.html").statusCode());
        assertEquals(404, server.send(HttpRequest.newBuilder(server.uri("/")).POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/", "/console/sign-in", "/console/flows/flow_abc", "/console/runs/run_1?x=1"})
    void everyScreenPathGetsThePageThatStartsTheConsole(String path) throws Exception {
        HttpResponse<String> page = server.get(path);

        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/console/app/main.js\"></script>"), page.body());
        assertFalse(page.body().contains("{{"), "every placeholder is filled: " + page.body());
    }

    @Test
    void theCspAllowsOnlyTheImportMapAsInlineScript() throws Exception {
        HttpResponse<String> page = server.get("/console/");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());

        assertTrue(importMap.find(), page.body());
        String hash = StaticFile.sha256(importMap.group(1).getBytes(StandardCharsets.UTF_8));
        assertTrue(policy.contains("script-src 'self' 'sha256-" + hash + "'"), policy);
        assertTrue(policy.startsWith("default-src 'none'"), policy);
        assertTrue(policy.contains("style-src 'self';"), "no inline styles: " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void theImportMapPointsAtEmbeddedWebJars() throws Exception {
        String page = server.get("/console/").body();
        Matcher targets = Pattern.compile("\"(/console/webjars/[^\"]+\\.js)\"").matcher(page);
        int found = 0;
        while (targets.find()) {
            found++;
            HttpResponse<String> library = server.get(targets.group(1));
            assertEquals(200, library.statusCode(), targets.group(1));
            assertTrue(library.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
            assertEquals(Responses.IMMUTABLE, library.headers().firstValue("Cache-Control").orElseThrow());
        }
        assertEquals(2, found, page);
    }

    @Test
    void theConsolesOwnFilesAreRevalidatedWithTheirEtag() throws Exception {
        HttpResponse<String> first = server.get("/console/app/main.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertEquals(200, first.statusCode());
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/console/app/main.js"))
                .header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/app/missing.js", "/console/app/.hidden.js", "/console/app/main.class",
            "/console/app//main.js", "/console/app/-main.js", "/console/webjars/lit-html/9.9.9/lit-html.js",
            "/console/webjars/lit-html/3.3.1/LICENSE", "/console/app/main.js.css"})
    void aPathThatIsNoFileOfTheConsoleIsA404Problem(String path) throws Exception {
        HttpResponse<String> missing = server.get(path);

        assertEquals(404, missing.statusCode(), path + " answered " + missing.body());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(missing.body().contains("\"status\":404"), missing.body());
    }

    @Test
    void writesAreRefusedWith405() throws Exception {
        HttpResponse<String> refused = server.send(HttpRequest.newBuilder(server.uri("/console/flows"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals(405, refused.statusCode());
        assertEquals("GET, HEAD", refused.headers().firstValue("Allow").orElseThrow());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void headAnswersWithoutABody() throws Exception {
        HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri("/console/app/console.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow()) > 100);
    }
}
