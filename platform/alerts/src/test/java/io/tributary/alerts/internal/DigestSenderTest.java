package io.tributary.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.service.event.Event;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.tributary.store.jdbc.Database;
import io.tributary.store.testing.MutableClock;
import io.tributary.store.testing.TestDatabase;

/** Digests on a real database (Derby and PostgreSQL) to a real SMTP server, with a hand-moved clock. */
class DigestSenderTest {

    private static final Duration WINDOW = Duration.ofSeconds(900);
    private static final Duration CHECK = Duration.ofSeconds(5);
    private static final String OPS = "ops@example.com";
    private static final String DEV = "dev@example.com";
    private static final String QA = "qa@example.com";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T08:00:00Z"));
    private final CapturingLogger log = new CapturingLogger();
    private final AlertEvents events = new AlertEvents(log);
    private TestDatabase database;
    private AlertStore store;

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theFirstAlertOfAQuietFlowGoesOutAtTheNextCheckLaterOnesOnceTheWindowHasPassed(TestDatabase.Kind kind)
            throws Exception {
        DigestSender sender = start(kind);

        record(Events.opened(Events.FLOW, "run_1", 1, List.of("k1: s: first"), OPS));
        clock.advance(CHECK);
        assertEquals(1, sender.sendDue());
        Instant firstDigest = clock.instant();
        assertEquals(List.of(firstDigest.toString()), sentAt());

        clock.advance(Duration.ofSeconds(60));
        record(Events.opened(Events.FLOW, "run_2", 1, List.of("k2: s: second"), OPS));
        clock.advance(CHECK);
        assertEquals(0, sender.sendDue());
        clock.advance(Duration.ofSeconds(300));
        record(Events.autoResolved(Events.FLOW, "run_3", 1, OPS));
        clock.advance(Duration.between(clock.instant(), firstDigest.plus(WINDOW)).minusSeconds(1));
        assertEquals(0, sender.sendDue());
        assertEquals(2, database.rows("alert_pending").size());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, sender.sendDue());
        assertEquals(List.of(), database.rows("alert_pending"));

        clock.advance(Duration.ofHours(2));
        record(Events.opened(Events.FLOW, "run_4", 1, List.of("k4: s: fourth"), OPS));
        clock.advance(CHECK);
        assertEquals(1, sender.sendDue());

        List<MimeMessage> digests = digests();
        assertEquals(List.of("[Tributary] Orders to warehouse: 1 new error",
                "[Tributary] Orders to warehouse: 1 new error, 1 auto-resolved",
                "[Tributary] Orders to warehouse: 1 new error"), subjects(digests));
        String second = GreenMailUtil.getBody(digests.get(1));
        assertTrue(second.contains("k2: s: second") && second.contains("Run run_3: 1 auto-resolved"), second);
        assertFalse(second.contains("k1:"), second);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void oneDigestGathersTheAlertsForEverySubscriber(TestDatabase.Kind kind) throws Exception {
        DigestSender sender = start(kind);
        record(Events.opened(Events.FLOW, "run_1", 2,
                List.of("o-17: steps[0]:shape: total is not a number", "o-18: steps[0]:shape: total is not a number"),
                OPS, DEV));
        record(Events.opened(Events.FLOW, "run_2", 1, List.of("o-19: destinations[0]:warehouse: 409 conflict"),
                DEV, QA));
        record(Events.autoResolved(Events.FLOW, "run_2", 1, OPS));

        clock.advance(CHECK);
        assertEquals(1, sender.sendDue());

        MimeMessage digest = digests().get(0);
        assertEquals("[Tributary] Orders to warehouse: 3 new errors, 1 auto-resolved", digest.getSubject());
        assertEquals(List.of(OPS, DEV, QA), addresses(digest.getRecipients(Message.RecipientType.TO)));
        assertEquals(3, SMTP.getReceivedMessages().length, "one delivery per subscriber");
        assertEquals("""
                Flow "Orders to warehouse" (flow_orders): 3 new errors, 1 auto-resolved.

                Run run_1: 2 new errors
                  - o-17: steps[0]:shape: total is not a number
                  - o-18: steps[0]:shape: total is not a number

                Run run_2: 1 new error, 1 auto-resolved
                  - o-19: destinations[0]:warehouse: 409 conflict

                You receive this digest because the flow lists your address in alerts.subscribers.""",
                GreenMailUtil.getBody(digest).replace("\r\n", "\n").strip());
        assertEquals(List.of(), database.rows("alert_pending"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachFlowGetsItsOwnDigest(TestDatabase.Kind kind) throws Exception {
        DigestSender sender = start(kind);
        record(Events.opened(Events.FLOW, "run_1", 1, List.of("a: s: m"), OPS));
        record(Events.opened("flow_invoices", "run_9", 2, List.of("b: s: m"), QA));

        clock.advance(CHECK);
        assertEquals(2, sender.sendDue());

        Map<String, List<String>> recipientsBySubject = new LinkedHashMap<>();
        for (MimeMessage digest : digests()) {
            recipientsBySubject.put(digest.getSubject(), addresses(digest.getRecipients(Message.RecipientType.TO)));
        }
        assertEquals(Map.of("[Tributary] Flow flow_invoices: 2 new errors", List.of(QA),
                "[Tributary] Orders to warehouse: 1 new error", List.of(OPS)), recipientsBySubject);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whileTheMailServerIsDownAlertsAreKeptAndRetriedAtEveryCheck(TestDatabase.Kind kind) throws Exception {
        int port = freePort();
        DigestSender sender = start(kind, new SmtpMailer(settings(port)));
        record(Events.opened(Events.FLOW, "run_1", 1, List.of("k1: s: first"), OPS));

        clock.advance(CHECK);
        assertEquals(0, sender.sendDue());
        clock.advance(CHECK);
        record(Events.autoResolved(Events.FLOW, "run_2", 1, OPS));
        assertEquals(0, sender.sendDue());
        assertEquals(2, database.rows("alert_pending").size());
        List<String> warnings = log.at(Level.WARNING);
        assertEquals(1, warnings.size(), "one warning per outage: " + log.lines);
        assertTrue(warnings.get(0).contains("Alert digest of flow flow_orders not sent")
                && warnings.get(0).contains("Connection refused"), warnings.get(0));
        assertEquals(List.of(), log.at(Level.INFO));

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            clock.advance(CHECK);
            assertEquals(1, sender.sendDue());
            MimeMessage digest = server.getReceivedMessages()[0];
            assertEquals("[Tributary] Orders to warehouse: 1 new error, 1 auto-resolved", digest.getSubject());
            assertTrue(GreenMailUtil.getBody(digest).contains("k1: s: first"));
        } finally {
            server.stop();
        }
        assertEquals(List.of(), database.rows("alert_pending"));
        assertTrue(log.at(Level.INFO).contains("INFO Alert digest of flow flow_orders is delivered again"), log.lines
                .toString());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailedConnectionEndsTheCheckWhileAFailedMessageLetsTheNextFlowTry(TestDatabase.Kind kind)
            throws Exception {
        List<String> attempts = new ArrayList<>();
        boolean[] connectionFails = {true};
        DigestSender sender = start(kind, message -> {
            attempts.add(message.subject());
            throw new MailException("refused", connectionFails[0]);
        });
        record(Events.opened(Events.FLOW, "run_1", 1, List.of("a: s: m"), OPS));
        record(Events.opened("flow_invoices", "run_9", 1, List.of("b: s: m"), QA));
        clock.advance(CHECK);

        assertEquals(0, sender.sendDue());
        assertEquals(1, attempts.size());

        connectionFails[0] = false;
        attempts.clear();
        assertEquals(0, sender.sendDue());
        assertEquals(2, attempts.size());
        assertEquals(2, database.rows("alert_pending").size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoNodesCheckingAtOnceSendTheDigestOnce(TestDatabase.Kind kind) throws Exception {
        Mailer smtp = new SmtpMailer(settings(SMTP.getSmtp().getPort()));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Mailer slow = message -> {
            sending.countDown();
            awaitUninterruptibly(release);
            smtp.send(message);
        };
        DigestSender nodeA = start(kind, slow);
        DigestSender nodeB = sender(smtp);
        record(Events.opened(Events.FLOW, "run_1", 1, List.of("k1: s: first"), OPS));
        clock.advance(CHECK);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::sendDue);
        assertTrue(sending.await(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::sendDue);
        Thread.sleep(300);
        assertFalse(b.isDone(), "node B waits while node A holds the flow's digest");
        release.countDown();

        assertEquals(1, a.get(20, TimeUnit.SECONDS));
        assertEquals(0, b.get(20, TimeUnit.SECONDS));
        assertEquals(1, digests().size());
    }

    private DigestSender start(TestDatabase.Kind kind) throws SQLException {
        return start(kind, new SmtpMailer(settings(SMTP.getSmtp().getPort())));
    }

    private DigestSender start(TestDatabase.Kind kind, Mailer mailer) throws SQLException {
        database = TestDatabase.migrated(kind);
        store = new AlertStore(new Database(database.dataSource()));
        return sender(mailer);
    }

    private DigestSender sender(Mailer mailer) {
        return new DigestSender(new Database(database.dataSource()), mailer, new DigestMail(""), WINDOW, clock,
                log);
    }

    private void record(Event event) {
        store.add(events.read(event).orElseThrow(), clock.instant());
    }

    private List<String> sentAt() throws SQLException {
        return database.rows("alert_digest").stream()
                .map(row -> Timestamp.valueOf(row.get("sent_at")).toLocalDateTime().toInstant(ZoneOffset.UTC)
                        .toString())
                .toList();
    }

    static MailSettings settings(int port) {
        return new MailSettings("127.0.0.1", port, "", "", false, false, "tributary@example.com", "", true);
    }

    /** One message per digest: GreenMail keeps a copy per recipient, all with the digest's Message-ID. */
    private static List<MimeMessage> digests() throws MessagingException {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            byId.putIfAbsent(message.getMessageID(), message);
        }
        return List.copyOf(byId.values());
    }

    private static List<String> subjects(List<MimeMessage> messages) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
