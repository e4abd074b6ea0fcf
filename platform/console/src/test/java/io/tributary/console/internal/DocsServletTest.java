package io.tributary.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocsServletTest {

    @RegisterExtension
    final ConsoleServer server = new ConsoleServer();

    @Test
    void theDocsPathWithoutSlashRedirects() throws Exception {
        HttpResponse<String> docs = server.get("/api/v1/docs");

        assertEquals(302, docs.statusCode());
        assertEquals("/api/v1/docs/", docs.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void swaggerUiLoadsTheApisOwnDocumentWithoutInlineScript() throws Exception {
        HttpResponse<String> page = server.get("/api/v1/docs/");

        assertEquals(200, page.statusCode());
        assertFalse(Pattern.compile("<script>|<script [^>]*>[^<]").matcher(page.body()).find(), page.body());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(server.get("/api/v1/docs/docs.js").body().contains("url: '/api/v1/openapi.json'"));
        Matcher sources = Pattern.compile("(?:src|href)=\"(/api/v1/docs/[^\"]+)\"").matcher(page.body());
        int found = 0;
        while (sources.find()) {
            found++;
            assertEquals(200, server.get(sources.group(1)).statusCode(), sources.group(1));
        }
        assertEquals(4, found, page.body());
    }

    @Test
    void onlyItsOwnFilesAreServed() throws Exception {
        assertEquals(404, server.get("/api/v1/docs/index.css").statusCode(), "a Swagger UI file it does not use");
        assertEquals(404, server.get("/api/v1/docs/../openapi.json").statusCode());
    }
}
