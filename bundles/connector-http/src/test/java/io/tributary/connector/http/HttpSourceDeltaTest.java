package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Source;

class HttpSourceDeltaTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String SINCE = "2024-03-01T00:00:00Z";

    private final HttpConnector connector = new HttpConnector(new RecordingSleeper(), Clock.systemUTC());

    private Source open(ObjectNode config) throws Exception {
        return connector.openSource("get", TestContext.of(
                TestContext.json("{\"baseUrl\":\"" + SERVER.baseUrl() + "\"}"), config));
    }

    private static ObjectNode deltaConfig() {
        return TestContext.json("""
                {"path": "/changes", "keyField": "id", "recordsPointer": "/items", "query": {"status": "active"},
                 "deltaParam": "updated_since", "deltaField": "updatedAt",
                 "pagination": {"type": "page", "pageParam": "p", "sizeParam": "n"}}""");
    }

    private static void stubChangesPage(int page, String items) {
        SERVER.stubFor(get(urlPathEqualTo("/changes")).withQueryParam("p", equalTo("" + page))
                .willReturn(okJson("{\"items\": " + items + "}")));
    }

    @Test
    void deltaReadSendsTheWatermarkInTheDeltaParam() throws Exception {
        stubChangesPage(1, "[]");

        open(deltaConfig()).read(new PageRequest(null, 10, SINCE));

        SERVER.verify(getRequestedFor(urlPathEqualTo("/changes")).withQueryParam("updated_since", equalTo(SINCE))
                .withQueryParam("status", equalTo("active")).withQueryParam("n", equalTo("10")));
    }

    @Test
    void fullReadSendsNoDeltaParam() throws Exception {
        stubChangesPage(1, "[]");

        open(deltaConfig()).read(new PageRequest(null, 10, null));

        SERVER.verify(getRequestedFor(urlPathEqualTo("/changes")).withQueryParam("updated_since", absent()));
    }

    @Test
    void watermarkIsTheLatestInstantSeenAcrossPages() throws Exception {
        stubChangesPage(1, """
                [{"id": 1, "updatedAt": "2024-03-05T10:00:00Z"}, {"id": 2, "updatedAt": "2024-03-05T12:30:00+02:00"}]""");
        stubChangesPage(2, """
                [{"id": 3, "updatedAt": "2024-03-04T23:00:00Z"}]""");
        Source source = open(deltaConfig());

        Page first = source.read(new PageRequest(null, 2, SINCE));
        Page second = source.read(new PageRequest(first.next(), 2, SINCE));

        // 12:30+02:00 is 10:30Z: later than 10:00Z although it sorts first as text
        assertEquals("2024-03-05T12:30:00+02:00", first.watermark());
        assertEquals("2024-03-05T12:30:00+02:00", second.watermark());
    }

    @Test
    void numericDeltaFieldsCompareAsNumbers() throws Exception {
        stubChangesPage(1, "[{\"id\": 1, \"updatedAt\": 9}, {\"id\": 2, \"updatedAt\": 10}, {\"id\": 3}]");

        Page page = open(deltaConfig()).read(new PageRequest(null, 10, "7"));

        assertEquals("10", page.watermark());
    }

    @Test
    void watermarkStaysAtSinceWhenNothingChanged() throws Exception {
        stubChangesPage(1, "[]");

        Page page = open(deltaConfig()).read(new PageRequest(null, 10, SINCE));

        assertEquals(SINCE, page.watermark());
    }
}
