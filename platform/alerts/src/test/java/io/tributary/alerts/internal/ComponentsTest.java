package io.tributary.alerts.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.service.event.Event;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.tributary.api.flow.FlowEvents;
import io.tributary.api.store.Store;
import io.tributary.store.testing.TestDatabase;

/** The components as EventAdmin and SCR drive them: events in, digests out through the timer. */
class ComponentsTest {

    private static final Duration CHECK = Duration.ofMillis(50);
    private static final String OPS = "ops@example.com";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final CapturingLogger log = new CapturingLogger();
    private TestDatabase database;
    private AlertRecorder recorder;
    private DigestComponent digests;

    @BeforeEach
    void migrate() throws SQLException {
        database = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        recorder = new AlertRecorder(database.dataSource(), Clock.systemUTC(), log);
    }

    @AfterEach
    void stop() throws SQLException {
        if (digests != null) {
            digests.deactivate();
        }
        database.close();
    }

    @Test
    void anAlertOfAQuietFlowIsMailedAtTheTimersNextCheck() throws Exception {
        digests = digests(DigestSenderTest.settings(SMTP.getSmtp().getPort()));

        recorder.handleEvent(Events.opened(Events.FLOW, "run_1", 3, List.of("k1: steps[0]:shape: boom"), OPS));

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length == 1);
        assertEquals("[Tributary] Orders to warehouse: 3 new errors", SMTP.getReceivedMessages()[0].getSubject());
    }

    @Test
    void eventsWithoutSubscribersAreNotRecorded() throws SQLException {
        recorder.handleEvent(Events.opened(Events.FLOW, "run_1", 3, List.of("k1: s: m")));
        recorder.handleEvent(Events.autoResolved(Events.FLOW, "run_1", 3));

        assertEquals(List.of(), database.rows("alert_pending"));
    }

    @Test
    void theMailCarriesNothingOfTheRecordsBeyondTheSamples() throws Exception {
        digests = digests(DigestSenderTest.settings(SMTP.getSmtp().getPort()));
        Map<String, Object> properties = Events.properties(Events.FLOW, "run_1", 1,
                List.of("o-17: steps[0]:shape: total is not a number"), OPS);
        properties.put("record", "{\"id\":\"o-17\",\"card\":\"4111111111111111\",\"email\":\"buyer@shop.example\"}");
        properties.put("data", new String[] {"4111111111111111"});
        properties.put(FlowEvents.WORKSPACE_ID, "ws_private_tile");

        recorder.handleEvent(new Event(FlowEvents.ERRORS_OPENED, properties));

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length == 1);
        String wholeMessage = GreenMailUtil.getWholeMessage(SMTP.getReceivedMessages()[0]);
        assertTrue(wholeMessage.contains("o-17: steps[0]:shape: total is not a number"), wholeMessage);
        for (String leaked : List.of("4111111111111111", "buyer@shop.example", "ws_private_tile", "card")) {
            assertFalse(wholeMessage.contains(leaked), leaked + " in\n" + wholeMessage);
        }
    }

    @Test
    void withoutAHostAlertsAreKeptAndOneInfoSaysMailIsNotConfigured() throws SQLException {
        digests = digests(new MailSettings("", 25, "", "", false, false, "tributary@localhost", "", true));

        recorder.handleEvent(Events.opened(Events.FLOW, "run_1", 1, List.of("k1: s: m"), OPS));
        recorder.handleEvent(Events.opened(Events.FLOW, "run_2", 1, List.of("k2: s: m"), OPS));

        assertEquals(2, database.rows("alert_pending").size());
        assertEquals(List.of("INFO Alert e-mail is not configured (no host in io.tributary.alerts.cfg): flow alerts"
                + " are kept but not sent"), log.lines);
    }

    @Test
    void disabledOrMisconfiguredMailSaysWhyNothingIsSent() {
        digests = digests(new MailSettings("127.0.0.1", 25, "", "", false, false, "tributary@localhost", "", false));
        digests.deactivate();
        digests = digests(new MailSettings("127.0.0.1", 25, "", "", false, false, "not an address", "", true));

        assertEquals(List.of("INFO Alert e-mail is disabled (enabled=false in io.tributary.alerts.cfg): flow alerts"
                + " are kept but not sent", "WARNING Alert e-mail is not sent, io.tributary.alerts.cfg needs a fix:"
                + " from address 'not an address' is not an e-mail address"), log.lines);
    }

    @Test
    void afterDeactivationNothingIsSent() throws SQLException {
        digests = digests(DigestSenderTest.settings(SMTP.getSmtp().getPort()));
        digests.deactivate();

        recorder.handleEvent(Events.opened(Events.FLOW, "run_1", 1, List.of("k1: s: m"), OPS));

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> SMTP.getReceivedMessages().length == 0);
        assertEquals(1, database.rows("alert_pending").size());
    }

    @Test
    void scrsConstructorsWorkWithTheDefaultConfiguration() throws SQLException {
        digests = new DigestComponent(store(), defaults());
        recorder = new AlertRecorder(store());

        recorder.handleEvent(Events.opened(Events.FLOW, "run_1", 1, List.of("k1: s: m"), OPS));

        assertEquals(1, database.rows("alert_pending").size());
    }

    /** What bnd generated for SCR: the settings, SMTP password included, never become service properties. */
    @Test
    void onlyTheRecorderIsAServiceAndItPublishesNoSettings() throws IOException {
        String recorderXml = descriptor(AlertRecorder.class);
        assertTrue(recorderXml.contains("<provide interface=\"org.osgi.service.event.EventHandler\"/>"), recorderXml);
        assertEquals(1, recorderXml.split("<property ").length - 1, recorderXml);
        assertTrue(recorderXml.contains("<property name=\"event.topics\" type=\"String\" value=\"io/tributary/flow/*\"/>"),
                recorderXml);

        String digestXml = descriptor(DigestComponent.class);
        assertTrue(digestXml.contains("configuration-pid=\"io.tributary.alerts\""), digestXml);
        assertFalse(digestXml.contains("<service"), digestXml);
    }

    private DigestComponent digests(MailSettings settings) {
        return new DigestComponent(database.dataSource(), settings, Duration.ofSeconds(900), CHECK,
                Clock.systemUTC(), log);
    }

    private static String descriptor(Class<?> component) throws IOException {
        try (InputStream in = ComponentsTest.class.getResourceAsStream("/OSGI-INF/" + component.getName() + ".xml")) {
            assertTrue(in != null, "no descriptor of " + component.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What SCR passes when etc/io.tributary.alerts.cfg does not exist: every attribute's default. */
    private static AlertsConfig defaults() {
        return (AlertsConfig) Proxy.newProxyInstance(AlertsConfig.class.getClassLoader(),
                new Class<?>[] {AlertsConfig.class}, (proxy, method, args) -> method.getDefaultValue());
    }

    private Store store() {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("dataSource")) {
                        return database.dataSource();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
