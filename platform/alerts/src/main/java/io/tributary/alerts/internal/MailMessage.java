package io.tributary.alerts.internal;

import java.util.List;

/** A plain-text e-mail to one or more addresses. */
record MailMessage(List<String> recipients, String subject, String body) {

    MailMessage {
        recipients = List.copyOf(recipients);
    }
}
