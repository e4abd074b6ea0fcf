package io.tributary.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Properties;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

class SmtpMailerTest {

    private static final String USER = "alerts";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final MailMessage MAIL = new MailMessage(List.of("ops@example.com"), "[Tributary] Ünicode flow",
            "Flow \"Ünicode flow\": 1 new error.\n");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", USER, PASSWORD));

    @Test
    void signsInWithTheConfiguredUser() throws Exception {
        new SmtpMailer(settings(USER, PASSWORD)).send(MAIL);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("[Tributary] Ünicode flow", received.getSubject());
        assertEquals("tributary@example.com", received.getFrom()[0].toString());
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
        assertTrue(received.getContentType().startsWith("text/plain"), received.getContentType());
        assertEquals("Flow \"Ünicode flow\": 1 new error.", received.getContent().toString().strip());
    }

    @Test
    void aRefusedSignInFailsWithAMessageThatDoesNotContainThePassword() {
        String wrong = "not-the-" + PASSWORD;
        MailException failure = assertThrows(MailException.class,
                () -> new SmtpMailer(settings(USER, wrong)).send(MAIL));

        assertTrue(failure.getMessage().contains("535"), failure.getMessage());
        assertTrue(failure.connectionFailed(), "a refused sign-in refuses every mail");
        assertFalse(failure.getMessage().contains(wrong), failure.getMessage());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void findsTheMailProviderWhateverTheCallersContextClassLoaderSees() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        // like a thread of another bundle: its loader knows nothing of Jakarta Mail or Angus
        try (URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(foreign);
            try {
                new SmtpMailer(settings("", "")).send(MAIL);
                assertSame(foreign, thread.getContextClassLoader());
            } finally {
                thread.setContextClassLoader(original);
            }
        }
        assertEquals(1, SMTP.getReceivedMessages().length);
        assertTrue(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]).contains("1 new error"));
    }

    @Test
    void startTlsIsRequiredWhenAskedForAndSslAndSignInFollowTheSettings() {
        Properties plain = new SmtpMailer(settings("", "")).properties();
        assertEquals("false", plain.getProperty("mail.smtp.auth"));
        assertEquals("false", plain.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", plain.getProperty("mail.smtp.ssl.enable"));
        assertEquals(Integer.toString(SmtpMailer.TIMEOUT_MILLIS), plain.getProperty("mail.smtp.timeout"));

        Properties secured = new SmtpMailer(new MailSettings("smtp.example.com", 587, USER, PASSWORD, true, true,
                "tributary@example.com", "", true)).properties();
        assertEquals("true", secured.getProperty("mail.smtp.auth"));
        assertEquals("true", secured.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", secured.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", secured.getProperty("mail.smtp.ssl.enable"));
        assertEquals("true", secured.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertFalse(secured.containsValue(PASSWORD), "the password goes to connect(), not into the properties");
    }

    @Test
    void settingsNeverShowThePassword() {
        assertFalse(settings(USER, PASSWORD).toString().contains(PASSWORD));
    }

    private static MailSettings settings(String username, String password) {
        return new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), username, password, false, false,
                "tributary@example.com", "", true);
    }
}
