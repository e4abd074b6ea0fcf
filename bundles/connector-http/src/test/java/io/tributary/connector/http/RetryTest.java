package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;

class RetryTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final HttpConnector connector = new HttpConnector(sleeper, Clock.fixed(NOW, ZoneOffset.UTC));

    private Page read(String baseUrl, String extraConnection, TestContext... given) throws ConnectorException {
        ObjectNode connection = TestContext.json("{\"baseUrl\": \"" + baseUrl + "\"" + extraConnection + "}");
        TestContext context = given.length > 0 ? given[0]
                : TestContext.of(connection, TestContext.json("{\"path\": \"/items\", \"keyField\": \"id\"}"));
        return connector.openSource("get", context).read(new PageRequest(null, 10, null));
    }

    /** Answers the given failures in turn, then the records. */
    private static void stubFailuresThenSuccess(ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            SERVER.stubFor(get(urlEqualTo("/items")).inScenario("flaky").whenScenarioStateIs(state)
                    .willSetStateTo("after " + (i + 1)).willReturn(failures[i]));
            state = "after " + (i + 1);
        }
        SERVER.stubFor(get(urlEqualTo("/items")).inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(okJson("[{\"id\": 1}]")));
    }

    @Test
    void retriesA429AfterTheSecondsOfRetryAfter() throws Exception {
        stubFailuresThenSuccess(aResponse().withStatus(429).withHeader("Retry-After", "7"));

        Page page = read(SERVER.baseUrl(), "");

        assertEquals(1, page.records().size());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
    }

    @Test
    void retriesA429AtTheDateOfRetryAfter() throws Exception {
        String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atZone(ZoneOffset.UTC));
        stubFailuresThenSuccess(aResponse().withStatus(429).withHeader("Retry-After", inTwelveSeconds));

        read(SERVER.baseUrl(), "");

        assertEquals(List.of(Duration.ofSeconds(12)), sleeper.waits());
    }

    @Test
    void retries503WithExponentialBackoffThenSucceeds() throws Exception {
        stubFailuresThenSuccess(aResponse().withStatus(503), aResponse().withStatus(503));

        Page page = read(SERVER.baseUrl(), "");

        assertEquals(1, page.records().size());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.waits());
        SERVER.verify(3, getRequestedFor(urlEqualTo("/items")));
    }

    @Test
    void givesUpAfterMaxAttemptsWithARetryableException() {
        SERVER.stubFor(get(urlEqualTo("/items")).willReturn(aResponse().withStatus(502).withBody("bad gateway")));

        ConnectorException failure = assertThrows(ConnectorException.class,
                () -> read(SERVER.baseUrl(), ", \"maxAttempts\": 4"));

        assertTrue(failure.isRetryable());
        assertEquals("HTTP 502 from GET " + SERVER.baseUrl() + "/items: bad gateway (gave up after 4 attempts)",
                failure.getMessage());
        SERVER.verify(4, getRequestedFor(urlEqualTo("/items")));
    }

    @Test
    void givesUpAtOnceWhenRetryAfterExceedsTheTotalWait() {
        SERVER.stubFor(get(urlEqualTo("/items")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "90")));

        ConnectorException failure = assertThrows(ConnectorException.class,
                () -> read(SERVER.baseUrl(), ", \"maxRetryWaitSeconds\": 60"));

        assertTrue(failure.isRetryable());
        assertEquals(List.of(), sleeper.waits());
        SERVER.verify(1, getRequestedFor(urlEqualTo("/items")));
    }

    @Test
    void clientErrorsAreNotRetried() {
        SERVER.stubFor(get(urlEqualTo("/items")).willReturn(aResponse().withStatus(400).withBody("no such filter")));

        ConnectorException failure = assertThrows(ConnectorException.class, () -> read(SERVER.baseUrl(), ""));

        assertFalse(failure.isRetryable());
        assertEquals("HTTP 400 from GET " + SERVER.baseUrl() + "/items: no such filter", failure.getMessage());
        SERVER.verify(1, getRequestedFor(urlEqualTo("/items")));
    }

    @Test
    void refusedConnectionsAreRetriedThenReportedAsRetryable() throws Exception {
        String closed = "http://127.0.0.1:" + closedPort();

        ConnectorException failure = assertThrows(ConnectorException.class,
                () -> read(closed, ", \"maxAttempts\": 2"));

        assertTrue(failure.isRetryable());
        assertTrue(failure.getMessage().startsWith("connection refused by 127.0.0.1:"), failure.getMessage());
        assertEquals(List.of(Duration.ofMillis(500)), sleeper.waits());
    }

    @Test
    void cancellationBetweenAttemptsStopsRetrying() {
        SERVER.stubFor(get(urlEqualTo("/items")).willReturn(aResponse().withStatus(503)));
        TestContext context = TestContext.of(TestContext.json("{\"baseUrl\": \"" + SERVER.baseUrl() + "\"}"),
                TestContext.json("{\"path\": \"/items\", \"keyField\": \"id\"}"));
        sleeper.onSleep(context::cancel);

        ConnectorException failure = assertThrows(ConnectorException.class,
                () -> read(SERVER.baseUrl(), "", context));

        assertEquals("the run was cancelled", failure.getMessage());
        SERVER.verify(1, getRequestedFor(urlEqualTo("/items")));
    }

    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
