package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

class HttpDestinationTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final HttpConnector connector = new HttpConnector(new RecordingSleeper(), Clock.systemUTC());

    private Destination open(String config, TestContext... given) throws ConnectorException {
        TestContext context = given.length > 0 ? given[0] : context(config);
        return connector.openDestination("send", context);
    }

    private static TestContext context(String config) {
        return TestContext.of(TestContext.json("{\"baseUrl\": \"" + SERVER.baseUrl() + "/api\"}"),
                TestContext.json(config));
    }

    private static Record record(String key) {
        return new Record(key, Json.MAPPER.createObjectNode().put("id", key).put("account", "acc 1"));
    }

    private static void answer(String key, int status, String body) {
        SERVER.stubFor(any(urlEqualTo("/api/customers/" + key)).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    void updateReportsEachRecordsOutcomeInOrder() throws Exception {
        answer("ok", 204, "");
        answer("gone", 404, "");
        answer("busy", 409, "locked");
        answer("bad", 422, "{\"error\": \"email is invalid\"}");
        answer("down", 500, "oops");

        List<WriteResult> results = open("{\"path\": \"/customers/{key}\"}").write(WriteMode.UPDATE,
                List.of(record("ok"), record("gone"), record("busy"), record("bad"), record("down")));

        assertEquals(List.of(
                WriteResult.ok("ok"),
                WriteResult.ignored("gone", "no record with this key to update (HTTP 404)"),
                WriteResult.error("busy", "HTTP 409: locked", false),
                WriteResult.error("bad", "HTTP 422: {\"error\": \"email is invalid\"}", false),
                WriteResult.error("down", "HTTP 500 from PATCH " + SERVER.baseUrl()
                        + "/api/customers/down: oops (gave up after 3 attempts)", true)), results);
    }

    @Test
    void insertOfAnExistingKeyIsANonRetryableError() throws Exception {
        SERVER.stubFor(post(urlEqualTo("/api/customers")).willReturn(aResponse().withStatus(409)));

        List<WriteResult> results = open("{\"path\": \"/customers\"}").write(WriteMode.INSERT, List.of(record("c1")));

        assertEquals(List.of(WriteResult.error("c1", "a record with this key already exists (HTTP 409)", false)),
                results);
    }

    @Test
    void eachModeUsesItsMethodAndPathWithTheRecordAsBody() throws Exception {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        Destination destination = open("{\"path\": \"/customers/{key}\", \"insertPath\": \"/customers\"}");

        destination.write(WriteMode.INSERT, List.of(record("c1")));
        destination.write(WriteMode.UPDATE, List.of(record("c2")));
        destination.write(WriteMode.UPSERT, List.of(record("c3")));

        SERVER.verify(postRequestedFor(urlEqualTo("/api/customers"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"id\": \"c1\", \"account\": \"acc 1\"}")));
        SERVER.verify(patchRequestedFor(urlEqualTo("/api/customers/c2")));
        SERVER.verify(putRequestedFor(urlEqualTo("/api/customers/c3")));
    }

    @Test
    void methodsAreConfigurable() throws Exception {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        open("{\"path\": \"/customers/{key}\", \"updateMethod\": \"put\"}").write(WriteMode.UPDATE, List.of(record("c2")));

        SERVER.verify(putRequestedFor(urlEqualTo("/api/customers/c2")));
    }

    @Test
    void pathPlaceholdersAreFilledFromKeyAndFieldsUrlEncoded() throws Exception {
        SERVER.stubFor(any(urlPathMatching("/api/accounts/.*")).willReturn(aResponse().withStatus(200)));

        open("{\"path\": \"/accounts/{account}/contacts/{key}\"}").write(WriteMode.UPSERT, List.of(record("ä b/c")));

        SERVER.verify(putRequestedFor(urlEqualTo("/api/accounts/acc%201/contacts/%C3%A4%20b%2Fc")));
    }

    @Test
    void recordLackingAPathFieldFailsAloneAndIsNotSent() throws Exception {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        Record noRegion = new Record("c9", Json.MAPPER.createObjectNode());

        List<WriteResult> results = open("{\"path\": \"/regions/{region}/{key}\"}")
                .write(WriteMode.UPSERT, List.of(noRegion));

        assertEquals(List.of(WriteResult.error("c9", "the path needs the field 'region', which the record lacks", false)),
                results);
        SERVER.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void batchSendsOneArrayAndMapsPerRecordStatuses() throws Exception {
        SERVER.stubFor(post(urlEqualTo("/api/customers/bulk")).willReturn(okJson(
                "[{\"status\": 201}, {\"status\": 422, \"error\": \"name missing\"}, {\"status\": 503}]")));

        List<WriteResult> results = open("{\"path\": \"/customers/bulk\", \"batch\": true}")
                .write(WriteMode.INSERT, List.of(record("a"), record("b"), record("c")));

        assertEquals(List.of(WriteResult.ok("a"), WriteResult.error("b", "HTTP 422: name missing", false),
                WriteResult.error("c", "HTTP 503", true)), results);
        SERVER.verify(1, postRequestedFor(urlEqualTo("/api/customers/bulk")).withRequestBody(equalToJson(
                "[{\"id\":\"a\",\"account\":\"acc 1\"},{\"id\":\"b\",\"account\":\"acc 1\"},{\"id\":\"c\",\"account\":\"acc 1\"}]")));
    }

    @Test
    void batchWithoutPerRecordAnswerTakesTheStatusForAll() throws Exception {
        SERVER.stubFor(patch(urlEqualTo("/api/customers")).willReturn(aResponse().withStatus(400).withBody("nope")));

        List<WriteResult> results = open("{\"path\": \"/customers\", \"batch\": true}")
                .write(WriteMode.UPDATE, List.of(record("a"), record("b")));

        assertEquals(List.of(WriteResult.error("a", "HTTP 400: nope", false), WriteResult.error("b", "HTTP 400: nope", false)),
                results);
    }

    @Test
    void batchPathWithPlaceholdersIsRefusedWhenOpened() {
        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> open("{\"path\": \"/customers/{key}\", \"batch\": true}"));

        assertFalse(refused.isRetryable());
    }

    @Test
    void cancelledRunLeavesTheRemainingRecordsUnsentAndRetryable() throws Exception {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        TestContext context = context("{\"path\": \"/customers/{key}\"}");
        Destination destination = open(null, context);
        context.cancel();

        List<WriteResult> results = destination.write(WriteMode.UPSERT, List.of(record("a"), record("b")));

        assertEquals(Collections.nCopies(2, true), results.stream().map(WriteResult::retryable).toList());
        SERVER.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void moreThanMaxBatchRecordsAreRefused() {
        List<Record> tooMany = IntStream.rangeClosed(0, HttpDestination.MAX_BATCH).mapToObj(i -> record("k" + i)).toList();

        assertThrows(ConnectorException.class, () -> open("{\"path\": \"/customers\"}").write(WriteMode.INSERT, tooMany));
    }
}
