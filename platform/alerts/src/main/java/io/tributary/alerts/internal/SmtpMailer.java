package io.tributary.alerts.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends through the configured SMTP server with Jakarta Mail and the Angus provider embedded in this bundle. */
final class SmtpMailer implements Mailer {

    /** Bounds connect, read and write, so a stalled server cannot hold the digest timer (and its row lock). */
    static final int TIMEOUT_MILLIS = 30_000;

    private final MailSettings settings;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(MailMessage message) throws MailException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail looks up its provider and stream support through ServiceLoader on the context class
        // loader; in OSGi only this bundle's loader sees the embedded Angus jars.
        thread.setContextClassLoader(SmtpMailer.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties());
            MimeMessage mime = mime(session, message);
            Transport transport = session.getTransport("smtp");
            connect(transport);
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
            } finally {
                transport.close();
            }
        } catch (MessagingException e) {
            throw new MailException(describe(e), false);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void connect(Transport transport) throws MailException {
        try {
            transport.connect(settings.host(), settings.port(), settings.signsIn() ? settings.username() : null,
                    settings.signsIn() ? settings.password() : null);
        } catch (MessagingException e) {
            throw new MailException(describe(e), true);
        }
    }

    Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.signsIn()));
        // asked for STARTTLS means never falling back to sending the password in clear
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        properties.setProperty("mail.smtp.ssl.enable", Boolean.toString(settings.ssl()));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return properties;
    }

    private MimeMessage mime(Session session, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from(), true));
        List<InternetAddress> recipients = new ArrayList<>();
        for (String recipient : message.recipients()) {
            recipients.add(new InternetAddress(recipient, true));
        }
        mime.setRecipients(Message.RecipientType.TO, recipients.toArray(InternetAddress[]::new));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        // RFC 3834: keeps vacation responders from answering a machine
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setSentDate(new Date());
        return mime;
    }

    /** The failure and its causes, e.g. a refused connection, with the password masked should a server echo it. */
    private String describe(MessagingException failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 1000; cause = next(cause)) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip());
            }
        }
        String description = text.toString();
        return settings.password().isEmpty() ? description : description.replace(settings.password(), "****");
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        return next == cause ? null : next;
    }
}
