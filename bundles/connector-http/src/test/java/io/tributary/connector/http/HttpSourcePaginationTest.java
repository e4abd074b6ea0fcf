package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;

class HttpSourcePaginationTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final HttpConnector connector = new HttpConnector(new RecordingSleeper(), Clock.systemUTC());
    private CustomerApi api;

    @BeforeEach
    void stubCustomers() {
        api = new CustomerApi(SERVER.getRuntimeInfo().getWireMock(), SERVER.baseUrl());
        api.stubAll();
    }

    private Source open(String style) throws ConnectorException {
        return connector.openSource("get", TestContext.of(api.connection(), CustomerApi.sourceConfig(style)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "page", "offset", "cursor", "link"})
    void readsEveryRecordExactlyOnce(String style) throws Exception {
        List<Record> records = CustomerApi.readAll(open(style), null);

        assertEquals(CustomerApi.allKeys(), CustomerApi.keys(records));
        assertEquals(CustomerApi.customer(7), records.get(6).data());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page", "offset", "cursor", "link"})
    void readsThreePagesOfAtMostTheLimit(String style) throws Exception {
        Source source = open(style);
        List<Integer> sizes = new ArrayList<>();
        String next = null;
        do {
            Page page = source.read(new PageRequest(next, CustomerApi.PAGE_SIZE, null));
            sizes.add(page.records().size());
            next = page.next();
        } while (next != null);

        assertEquals(List.of(10, 10, 5), sizes);
        SERVER.verify(3, getRequestedFor(urlPathEqualTo("/" + style + "/customers")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page", "offset", "cursor", "link"})
    void resumesFromTheSecondPagesCursorInANewRun(String style) throws Exception {
        String secondPage = open(style).read(new PageRequest(null, CustomerApi.PAGE_SIZE, null)).next();

        List<Record> rest = CustomerApi.readAll(open(style), secondPage);

        assertEquals(CustomerApi.allKeys().subList(CustomerApi.PAGE_SIZE, CustomerApi.TOTAL), CustomerApi.keys(rest));
    }

    @Test
    void cursorsSayWhereThePageIs() throws Exception {
        PageRequest first = new PageRequest(null, CustomerApi.PAGE_SIZE, null);

        assertEquals("page:2", open("page").read(first).next());
        assertEquals("offset:10", open("offset").read(first).next());
        assertEquals("cursor:after-c10", open("cursor").read(first).next());
        assertEquals("link:" + SERVER.baseUrl() + "/link/customers?after=c10&per_page=10", open("link").read(first).next());
    }

    @Test
    void cursorOfAnotherPaginationStyleIsRefused() throws Exception {
        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> open("page").read(new PageRequest("offset:10", CustomerApi.PAGE_SIZE, null)));

        assertFalse(refused.isRetryable());
        assertTrue(refused.getMessage().contains("pagination changed"), refused.getMessage());
    }

    @Test
    void cancellationStopsPaging() throws Exception {
        TestContext context = TestContext.of(api.connection(), CustomerApi.sourceConfig("page"));
        Source source = connector.openSource("get", context);
        Page first = source.read(new PageRequest(null, CustomerApi.PAGE_SIZE, null));

        context.cancel();

        assertThrows(ConnectorException.class, () -> source.read(new PageRequest(first.next(), 10, null)));
        SERVER.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void nextLinkToAnotherHostIsNotFollowed() throws Exception {
        SERVER.stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(okJson("[{\"id\":1}]")
                .withHeader("Link", "<https://attacker.example/steal>; rel=\"next\"")));
        Source source = connector.openSource("get", TestContext.of(api.connection(), TestContext.json(
                "{\"path\":\"/elsewhere\",\"keyField\":\"id\",\"pagination\":{\"type\":\"link\"}}")));
        Page first = source.read(new PageRequest(null, 10, null));

        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> source.read(new PageRequest(first.next(), 10, null)));

        assertTrue(refused.getMessage().startsWith("refusing to send credentials"), refused.getMessage());
    }

    @Test
    void recordWithoutKeyIsANonRetryableFailure() throws Exception {
        SERVER.stubFor(get(urlPathEqualTo("/nokey")).willReturn(okJson("[{\"id\":1},{\"name\":\"x\"}]")));
        Source source = connector.openSource("get", TestContext.of(api.connection(),
                TestContext.json("{\"path\":\"/nokey\",\"keyField\":\"id\"}")));

        ConnectorException failure = assertThrows(ConnectorException.class,
                () -> source.read(new PageRequest(null, 10, null)));

        assertFalse(failure.isRetryable());
        assertEquals("record 1 has no value in keyField 'id'", failure.getMessage());
    }

    @Test
    void fullReadHasNoWatermarkWithoutDeltaField() throws Exception {
        assertNull(open("none").read(new PageRequest(null, 10, null)).watermark());
    }
}
