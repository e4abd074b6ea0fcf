package io.tributary.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.InboundRequest;
import io.tributary.api.connector.Listener;
import io.tributary.api.connector.Record;

class HttpWebhookListenerTest {

    private static final String SECRET = "whsec-0123456789";
    private static final String ORDER = "{\"orderId\": \"o-1\", \"total\": 12.5}";

    /** A connection that signs: the secret is the connection's, never the operation's. */
    private static final String SIGNING_CONNECTION = "{\"baseUrl\": \"https://api.example.com\","
            + " \"webhookSecret\": \"" + SECRET + "\"}";

    private static Listener open(String config) throws ConnectorException {
        return open("{}", config);
    }

    private static Listener open(String connection, String config) throws ConnectorException {
        return new HttpConnector().openListener("webhook",
                TestContext.of(TestContext.json(connection), TestContext.json(config)));
    }

    private static Listener signed() throws ConnectorException {
        return open(SIGNING_CONNECTION, "{\"keyField\": \"orderId\"}");
    }

    private static InboundRequest request(String body, Map<String, List<String>> headers) {
        return new InboundRequest("POST", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The expected signature, computed independently of the code under test. */
    private static String hmacHex(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsABodySignedWithTheSecret() throws Exception {
        List<Record> records = signed().receive(request(ORDER, Map.of("x-signature-256", List.of(hmacHex(ORDER)))));

        assertEquals(1, records.size());
        assertEquals("o-1", records.get(0).key());
        assertEquals(TestContext.json(ORDER), records.get(0).data());
    }

    @Test
    void acceptsTheSha256PrefixAndUpperCaseHex() throws Exception {
        String signature = "sha256=" + hmacHex(ORDER).toUpperCase();

        assertEquals(1, signed().receive(request(ORDER, Map.of("X-Signature-256", List.of(signature)))).size());
    }

    @Test
    void rejectsAWrongSignature() throws Exception {
        String tampered = ORDER.replace("12.5", "0.5");

        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> signed().receive(request(tampered, Map.of("X-Signature-256", List.of(hmacHex(ORDER))))));

        assertFalse(refused.isRetryable());
        assertEquals("the webhook's X-Signature-256 signature does not match its body", refused.getMessage());
    }

    @Test
    void rejectsAMissingSignature() {
        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> signed().receive(request(ORDER, Map.of())));

        assertFalse(refused.isRetryable());
        assertEquals("the webhook request has no X-Signature-256 signature", refused.getMessage());
    }

    @Test
    void rejectsASignatureThatIsNotHex() {
        assertThrows(ConnectorException.class,
                () -> signed().receive(request(ORDER, Map.of("X-Signature-256", List.of("sha256=not-hex")))));
    }

    @Test
    void readsTheSignatureFromTheConfiguredHeader() throws Exception {
        Listener listener = open(SIGNING_CONNECTION, "{\"signatureHeader\": \"X-Hub-Signature\"}");

        assertEquals(1, listener.receive(request(ORDER, Map.of("X-Hub-Signature", List.of(hmacHex(ORDER))))).size());
        assertThrows(ConnectorException.class,
                () -> listener.receive(request(ORDER, Map.of("X-Signature-256", List.of(hmacHex(ORDER))))));
    }

    @Test
    void withoutASecretOnTheConnectionAcceptsUnsignedRequests() throws Exception {
        assertEquals(1, open("{}").receive(request(ORDER, Map.of())).size());
    }

    @Test
    void aSecretInTheOperationConfigSignsNothing() throws Exception {
        Listener listener = open("{\"secret\": \"" + SECRET + "\"}");

        assertEquals(1, listener.receive(request(ORDER, Map.of())).size());
    }

    @Test
    void anArrayBodyCarriesManyRecords() throws Exception {
        List<Record> records = open("{\"keyField\": \"id\"}").receive(request("[{\"id\": 1}, {\"id\": 2}]", Map.of()));

        assertEquals(List.of("1", "2"), records.stream().map(Record::key).toList());
    }

    @Test
    void recordsPointerFindsTheRecordsInAnEnvelope() throws Exception {
        List<Record> records = open("{\"recordsPointer\": \"/event/items\", \"keyField\": \"/ref/id\"}").receive(
                request("{\"event\": {\"items\": [{\"ref\": {\"id\": \"r-7\"}}]}}", Map.of()));

        assertEquals("r-7", records.get(0).key());
    }

    @Test
    void withoutAKeyTheRecordIsKeyedByTheSha256OfItsContent() throws Exception {
        Listener listener = open("{}");

        String key = listener.receive(request("{\"a\": 1, \"b\": [2, 3]}", Map.of())).get(0).key();
        String sameContentOtherOrder = listener.receive(request("{\"b\": [2, 3], \"a\": 1}", Map.of())).get(0).key();
        String otherContent = listener.receive(request("{\"a\": 2, \"b\": [2, 3]}", Map.of())).get(0).key();

        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertEquals(key, sameContentOtherOrder);
        assertNotEquals(key, otherContent);
    }

    @Test
    void anEmptyBodyIsAPingWithoutRecords() throws Exception {
        assertEquals(List.of(), open("{}").receive(request("", Map.of())));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> open("{}").receive(request("<xml/>", Map.of())));

        assertFalse(refused.isRetryable());
    }
}
