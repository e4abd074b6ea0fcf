package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.connector.testkit.BrokenConnection;
import io.tributary.connector.testkit.Cancellation;
import io.tributary.connector.testkit.ConnectorContract;
import io.tributary.connector.testkit.DestinationFixture;
import io.tributary.connector.testkit.SourceFixture;

/** The shared connector contract, against a WireMock customer API. */
class HttpConnectorContractTest extends ConnectorContract {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private CustomerApi api;

    @BeforeEach
    void stubCustomerApi() {
        api = new CustomerApi(SERVER.getRuntimeInfo().getWireMock(), SERVER.baseUrl());
        api.stubAll();
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200)));
        SERVER.stubFor(post(urlEqualTo("/customers")).willReturn(aResponse().withStatus(201)));
        SERVER.stubFor(get(urlEqualTo("/private")).willReturn(aResponse().withStatus(401)));
    }

    @Override
    protected Connector connector() {
        return new HttpConnector();
    }

    @Override
    protected ObjectNode workingConnection() {
        return api.connection();
    }

    @Override
    protected List<BrokenConnection> brokenConnections() {
        return List.of(
                new BrokenConnection("refused port",
                        TestContext.json("{\"baseUrl\": \"http://127.0.0.1:" + closedPort() + "\"}"), "refused"),
                new BrokenConnection("unknown host",
                        TestContext.json("{\"baseUrl\": \"https://api.tributary-test.invalid\"}"), "unknown host"),
                new BrokenConnection("wrong token", TestContext.json("{\"baseUrl\": \"" + SERVER.baseUrl()
                        + "\", \"testPath\": \"/private\", \"auth\": {\"type\": \"bearer\", \"token\": \"wrong-T0ken-x9\"}}"),
                        "credentials"));
    }

    private static int closedPort() {
        try {
            return RetryTest.closedPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records already sent stay sent, so a cancelled write reports the unsent ones instead of throwing. */
    @Override
    protected Cancellation writeCancellation() {
        return Cancellation.STOPS_EARLY;
    }

    @Override
    protected Optional<SourceFixture> sourceFixture() {
        return Optional.of(new SourceFixture("get", CustomerApi.sourceConfig("page"), CustomerApi.PAGE_SIZE,
                CustomerApi.allKeys()));
    }

    @Override
    protected Optional<DestinationFixture> destinationFixture() {
        List<Record> records = IntStream.rangeClosed(1, 5)
                .mapToObj(n -> new Record(CustomerApi.key(n), CustomerApi.customer(n))).toList();
        return Optional.of(new DestinationFixture("send", TestContext.json("{\"path\": \"/customers\"}"),
                WriteMode.INSERT, records));
    }
}
