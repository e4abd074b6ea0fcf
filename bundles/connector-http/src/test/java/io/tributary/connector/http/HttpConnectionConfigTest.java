package io.tributary.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;

class HttpConnectionConfigTest {

    private static HttpConnectionConfig config(String json) throws ConnectorException {
        return HttpConnectionConfig.from(TestContext.json(json));
    }

    private static String refusal(String json) {
        return assertThrows(ConnectorException.class, () -> config(json)).getMessage();
    }

    @Test
    void defaultsApplyWhenOnlyTheBaseUrlIsGiven() throws Exception {
        HttpConnectionConfig config = config("{\"baseUrl\": \"https://api.example.com/v1\"}");

        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
        assertEquals(Duration.ofSeconds(30), config.readTimeout());
        assertEquals(new RetryPolicy(3, Duration.ofSeconds(60)), config.retryPolicy());
        assertEquals("/", config.testPath());
        assertEquals(Map.of(), config.headers());
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        assertEquals("connection.baseUrl must be an http:// or https:// URL with a host",
                refusal("{\"baseUrl\": \"file:///etc/passwd\"}"));
        assertEquals("connection.baseUrl is required", refusal("{}"));
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertEquals("connection.baseUrl must not contain user or password: put them in auth",
                refusal("{\"baseUrl\": \"https://ada:secret@api.example.com\"}"));
    }

    @Test
    void headersTheJdkManagesAreRefused() {
        assertEquals("connection.headers: 'Host' cannot be set",
                refusal("{\"baseUrl\": \"https://api.example.com\", \"headers\": {\"Host\": \"evil\"}}"));
    }

    @Test
    void timeoutsMustBePositive() {
        assertEquals("connection.readTimeoutSeconds must be more than 0",
                refusal("{\"baseUrl\": \"https://api.example.com\", \"readTimeoutSeconds\": 0}"));
    }

    @Test
    void toStringShowsNoSecret() throws Exception {
        HttpConnectionConfig config = config("{\"baseUrl\": \"https://api.example.com\","
                + " \"auth\": {\"type\": \"bearer\", \"token\": \"t0p-s3cret\"}, \"webhookSecret\": \"wh-s3cret\"}");

        assertEquals("HttpConnectionConfig[baseUrl=https://api.example.com, auth=bearer, headers=[]]",
                config.toString());
        assertFalse(HeaderAuthenticator.bearer("t0p-s3cret").toString().contains("t0p-s3cret"));
    }
}
