package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.PageRequest;

class AuthenticationTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final HttpConnector connector = new HttpConnector(new RecordingSleeper(), clock);
    private CustomerApi api;

    @BeforeEach
    void stubCustomers() {
        api = new CustomerApi(SERVER.getRuntimeInfo().getWireMock(), SERVER.baseUrl());
        api.stubAll();
    }

    private void readAllPages(String auth) throws ConnectorException {
        ObjectNode connection = api.connection();
        connection.set("auth", TestContext.json(auth));
        CustomerApi.readAll(connector.openSource("get", TestContext.of(connection, CustomerApi.sourceConfig("page"))),
                null);
    }

    private static String oauth2(String extra) {
        return "{\"type\": \"oauth2\", \"tokenUrl\": \"" + SERVER.baseUrl() + "/oauth/token\", \"clientId\": \"app\","
                + " \"clientSecret\": \"s3cret\"" + extra + "}";
    }

    private static void stubToken(String token, long expiresIn) {
        SERVER.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + expiresIn + "}")));
    }

    @Test
    void noneSendsNoAuthorization() throws Exception {
        readAllPages("{\"type\": \"none\"}");

        SERVER.verify(3, getRequestedFor(urlPathEqualTo("/page/customers")).withoutHeader("Authorization"));
    }

    @Test
    void basicSendsUserAndPasswordInBase64() throws Exception {
        readAllPages("{\"type\": \"basic\", \"username\": \"ada\", \"password\": \"pa:ss word\"}");

        SERVER.verify(3, getRequestedFor(urlPathEqualTo("/page/customers"))
                .withHeader("Authorization", equalTo("Basic YWRhOnBhOnNzIHdvcmQ=")));
    }

    @Test
    void bearerSendsTheToken() throws Exception {
        readAllPages("{\"type\": \"bearer\", \"token\": \"tok-123\"}");

        SERVER.verify(3, getRequestedFor(urlPathEqualTo("/page/customers"))
                .withHeader("Authorization", equalTo("Bearer tok-123")));
    }

    @Test
    void apiKeySendsTheKeyInItsHeader() throws Exception {
        readAllPages("{\"type\": \"apiKey\", \"headerName\": \"X-Shop-Key\", \"value\": \"k-42\"}");

        SERVER.verify(3, getRequestedFor(urlPathEqualTo("/page/customers")).withHeader("X-Shop-Key", equalTo("k-42")));
    }

    @Test
    void oauth2FetchesTheTokenOnceAndReusesIt() throws Exception {
        stubToken("t1", 3600);

        readAllPages(oauth2(", \"scope\": \"read write\""));
        readAllPages(oauth2(", \"scope\": \"read write\""));

        SERVER.verify(1, postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo("Basic YXBwOnMzY3JldA=="))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=read%20write")));
        SERVER.verify(6, getRequestedFor(urlPathEqualTo("/page/customers"))
                .withHeader("Authorization", equalTo("Bearer t1")));
    }

    @Test
    void oauth2CanSendClientCredentialsInTheBody() throws Exception {
        stubToken("t1", 3600);

        readAllPages(oauth2(", \"clientAuthentication\": \"body\""));

        SERVER.verify(1, postRequestedFor(urlEqualTo("/oauth/token")).withoutHeader("Authorization")
                .withRequestBody(containing("client_id=app&client_secret=s3cret")));
    }

    @Test
    void oauth2FetchesANewTokenWhenTheOldOneExpires() throws Exception {
        stubToken("t1", 600);
        readAllPages(oauth2(""));

        clock.advance(Duration.ofSeconds(600 - OAuth2Authenticator.EXPIRY_MARGIN.toSeconds()));
        readAllPages(oauth2(""));

        SERVER.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void oauth2RefreshesTheTokenOnceAfterA401() throws Exception {
        SERVER.stubFor(post(urlEqualTo("/oauth/token")).inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("rotated").willReturn(okJson("{\"access_token\":\"old\",\"expires_in\":3600}")));
        SERVER.stubFor(post(urlEqualTo("/oauth/token")).inScenario("rotation").whenScenarioStateIs("rotated")
                .willReturn(okJson("{\"access_token\":\"new\",\"expires_in\":3600}")));
        SERVER.stubFor(get(urlPathEqualTo("/page/customers")).withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401)));

        readAllPages(oauth2(""));

        SERVER.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
        SERVER.verify(3, getRequestedFor(urlPathEqualTo("/page/customers"))
                .withHeader("Authorization", equalTo("Bearer new")));
    }

    @Test
    void oauth2GivesUpWhenTheNewTokenIsRefusedToo() {
        stubToken("t1", 3600);
        SERVER.stubFor(get(urlPathEqualTo("/page/customers")).willReturn(aResponse().withStatus(401)));

        ConnectorException refused = assertThrows(ConnectorException.class, () -> readAllPages(oauth2("")));

        assertEquals("GET " + SERVER.baseUrl() + "/page/customers was refused with HTTP 401: check the credentials",
                refused.getMessage());
        SERVER.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
        SERVER.verify(2, getRequestedFor(urlPathEqualTo("/page/customers")));
    }

    @Test
    void oauth2RefusedClientCredentialsAreNotRetried() throws Exception {
        SERVER.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\"}")));
        ObjectNode connection = api.connection();
        connection.set("auth", TestContext.json(oauth2("")));
        var source = connector.openSource("get", TestContext.of(connection, CustomerApi.sourceConfig("page")));

        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> source.read(new PageRequest(null, 10, null)));

        assertFalse(refused.isRetryable());
        assertEquals("the OAuth2 token endpoint " + SERVER.baseUrl() + "/oauth/token refused the client credentials"
                + " (HTTP 401): check clientId, clientSecret and scope", refused.getMessage());
    }

    /** A clock that tests move forward by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
