package io.tributary.alerts.internal;

/** Delivers mail; the digest logic does not know how. */
interface Mailer {

    void send(MailMessage message) throws MailException;
}
