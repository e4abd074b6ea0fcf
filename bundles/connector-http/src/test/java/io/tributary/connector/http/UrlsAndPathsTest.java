package io.tributary.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;

class UrlsAndPathsTest {

    private static final URI BASE = URI.create("https://api.example.com/v1/");

    @Test
    void pathsJoinTheBaseUrlWithExactlyOneSlash() throws Exception {
        assertEquals(URI.create("https://api.example.com/v1/items"), Urls.resolve(BASE, "/items", Map.of()));
        assertEquals(URI.create("https://api.example.com/v1/items"), Urls.resolve(BASE, "items", Map.of()));
    }

    @Test
    void queryParametersAreEncodedAndAppended() throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "a b&c");
        query.put("since", "2024-01-01T00:00:00+02:00");

        assertEquals("https://api.example.com/v1/items?type=x&q=a%20b%26c&since=2024-01-01T00%3A00%3A00%2B02%3A00",
                Urls.resolve(BASE, "/items?type=x", query).toString());
    }

    @Test
    void absolutePathsThatLeaveTheBaseUrlAreRefused() {
        assertThrows(ConnectorException.class, () -> Urls.resolve(BASE, "https://evil.example/x", Map.of()));
        assertThrows(ConnectorException.class, () -> Urls.resolve(BASE, "//evil.example/x", Map.of()));
    }

    @Test
    void originComparesSchemeHostAndDefaultPort() {
        assertTrue(Urls.sameOrigin(URI.create("https://API.example.com:443/a"), BASE));
        assertFalse(Urls.sameOrigin(URI.create("http://api.example.com/a"), BASE));
    }

    @Test
    void nextLinkIsFoundAmongOtherRelationsAndValues() {
        List<String> headers = List.of("<https://x/1>; rel=\"first\", <https://x/3>; rel=\"prev last\"",
                "<https://x/2?a=1,2>; title=\"p\"; REL=\"next\"");

        assertEquals(Optional.of("https://x/2?a=1,2"), LinkPagination.nextLink(headers));
        assertEquals(Optional.empty(), LinkPagination.nextLink(List.of("<https://x/1>; rel=first")));
    }
}
