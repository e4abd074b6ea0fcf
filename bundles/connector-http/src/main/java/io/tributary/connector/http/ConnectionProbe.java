package io.tributary.connector.http;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.ConnectorException;

/**
 * The connection test: one GET of {@code testPath}, judged by its status. Failures to connect arrive as
 * {@link ConnectorException}s whose messages {@link HttpFailures} already made readable.
 */
final class ConnectionProbe {

    private final HttpExchange exchange;
    private final String testPath;

    ConnectionProbe(HttpExchange exchange, String testPath) {
        this.exchange = exchange;
        this.testPath = testPath;
    }

    ConnectionTest run() throws ConnectorException {
        URI url = exchange.resolve(testPath, Map.of());
        HttpResponse<byte[]> response = exchange.send("GET", url, null);
        int status = response.statusCode();
        String where = "GET " + Urls.describe(url);
        if (status == 401 || status == 403) {
            return ConnectionTest.failed("bad credentials: " + where + " was refused with HTTP " + status
                    + "; check the auth settings");
        }
        if (HttpFailures.isSuccess(status)) {
            return ConnectionTest.ok("connected: " + where + " answered HTTP " + status);
        }
        if (status >= 300 && status < 400) {
            // requests never follow redirects, so a flow would fail where this test would seem to pass
            return ConnectionTest.failed(where + " answered HTTP " + status + " (a redirect, which is not followed):"
                    + " set baseUrl and testPath to the final address");
        }
        if (status == 404) {
            return ConnectionTest.failed(where + " answered HTTP 404: set testPath to a path that exists");
        }
        return ConnectionTest.failed(where + " answered HTTP " + status + HttpFailures.detail(response));
    }
}
