package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.tributary.api.connector.ConnectionTest;

class ConnectionTestMessagesTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).build();

    private static final String SECRET = "Sup3r-S3cret-Value";

    private final HttpConnector connector = new HttpConnector(new RecordingSleeper(), Clock.systemUTC());
    private final List<String> logged = new ArrayList<>();

    private static String http() {
        return SERVER.getRuntimeInfo().getHttpBaseUrl();
    }

    private ConnectionTest test(String baseUrl, String extra) {
        TestContext context = TestContext.of(TestContext.json("{\"baseUrl\": \"" + baseUrl + "\"" + extra + "}"));
        ConnectionTest result = connector.test(context);
        logged.addAll(context.logged());
        return result;
    }

    @Test
    void reachableApiWithGoodCredentialsPasses() {
        SERVER.stubFor(get(urlEqualTo("/v1/me")).willReturn(aResponse().withStatus(200)));

        ConnectionTest result = test(http() + "/v1", ", \"testPath\": \"me\"");

        assertEquals(ConnectionTest.ok("connected: GET " + http() + "/v1/me answered HTTP 200"), result);
    }

    @Test
    void refusedPortSaysConnectionRefused() throws Exception {
        int port = RetryTest.closedPort();

        ConnectionTest result = test("http://127.0.0.1:" + port, "");

        assertEquals(ConnectionTest.failed("connection refused by 127.0.0.1:" + port
                + ": is the service running on that port?"), result);
    }

    @Test
    void unknownHostSaysSo() {
        ConnectionTest result = test("https://api.tributary-test.invalid", "");

        assertEquals(ConnectionTest.failed("unknown host 'api.tributary-test.invalid': check baseUrl"), result);
    }

    @Test
    void http401SaysBadCredentials() {
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(401)));

        ConnectionTest result = test(http(), "");

        assertEquals(ConnectionTest.failed("bad credentials: GET " + http()
                + "/ was refused with HTTP 401; check the auth settings"), result);
    }

    @Test
    void http403SaysBadCredentialsToo() {
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(403)));

        assertTrue(test(http(), "").message().startsWith("bad credentials"));
    }

    @Test
    void missingTestPathAsksForAnotherOne() {
        ConnectionTest result = test(http(), ", \"testPath\": \"/health\"");

        assertEquals(ConnectionTest.failed("GET " + http()
                + "/health answered HTTP 404: set testPath to a path that exists"), result);
    }

    @Test
    void serverErrorIsReportedWithoutRetrying() {
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(503).withBody("maintenance")));

        ConnectionTest result = test(http(), "");

        assertEquals(ConnectionTest.failed("HTTP 503 from GET " + http() + "/: maintenance"), result);
        SERVER.verify(1, getRequestedFor(urlEqualTo("/")));
    }

    @Test
    void slowServerTimesOut() {
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withFixedDelay(2000)));

        ConnectionTest result = test(http(), ", \"readTimeoutSeconds\": 0.2");

        assertEquals(ConnectionTest.failed("no answer from localhost:" + SERVER.getRuntimeInfo().getHttpPort()
                + " within readTimeoutSeconds"), result);
    }

    @Test
    void untrustedCertificateIsATlsError() {
        String httpsUrl = SERVER.getRuntimeInfo().getHttpsBaseUrl();

        ConnectionTest result = test(httpsUrl, "");

        assertEquals(ConnectionTest.failed("TLS handshake with localhost:" + SERVER.getRuntimeInfo().getHttpsPort()
                + " failed: its certificate is not trusted (self-signed, expired or from an unknown authority)"), result);
    }

    @Test
    void redirectIsReportedBecauseItIsNotFollowed() {
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(301).withHeader("Location", "/v2/")));

        ConnectionTest result = test(http(), "");

        assertEquals(ConnectionTest.failed("GET " + http() + "/ answered HTTP 301 (a redirect, which is not followed):"
                + " set baseUrl and testPath to the final address"), result);
    }

    @Test
    void invalidBaseUrlIsExplained() {
        assertEquals(ConnectionTest.failed("connection.baseUrl must be an http:// or https:// URL with a host"),
                test("ftp://files.example.com", ""));
    }

    @Test
    void refusedOAuth2ClientSaysWhichSettingsToCheck() {
        SERVER.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\": \"invalid_client\"}")));

        ConnectionTest result = test(http(), ", \"auth\": {\"type\": \"oauth2\", \"tokenUrl\": \""
                + http() + "/token\", \"clientId\": \"app\", \"clientSecret\": \"" + SECRET + "\"}");

        assertEquals(ConnectionTest.failed("the OAuth2 token endpoint " + http()
                + "/token refused the client credentials (HTTP 400): check clientId, clientSecret and scope"), result);
    }

    @Test
    void noSecretAppearsInAnyMessageOrLog() throws Exception {
        SERVER.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(401)));
        List<String> messages = new ArrayList<>();
        for (String auth : authsWithSecret()) {
            messages.add(test(http(), ", \"auth\": " + auth).message());
            messages.add(test("http://127.0.0.1:" + RetryTest.closedPort(), ", \"auth\": " + auth).message());
            messages.add(test("http://api.tributary-test.invalid", ", \"auth\": " + auth).message());
        }
        String encoded = Base64.getEncoder().encodeToString(("ada:" + SECRET).getBytes(StandardCharsets.UTF_8));

        for (String text : concat(messages, logged)) {
            assertFalse(text.contains(SECRET) || text.contains(encoded), text);
        }
    }

    private static List<String> authsWithSecret() {
        return List.of("{\"type\": \"basic\", \"username\": \"ada\", \"password\": \"" + SECRET + "\"}",
                "{\"type\": \"bearer\", \"token\": \"" + SECRET + "\"}",
                "{\"type\": \"apiKey\", \"value\": \"" + SECRET + "\"}",
                "{\"type\": \"oauth2\", \"tokenUrl\": \"" + http() + "/token\", \"clientId\": \"app\","
                        + " \"clientSecret\": \"" + SECRET + "\"}");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
