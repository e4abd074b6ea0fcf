package io.tributary.alerts.internal;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The SMTP side of {@link AlertsConfig}, trimmed. The password never appears in {@link #toString()}. */
record MailSettings(String host, int port, String username, String password, boolean starttls, boolean ssl,
        String from, String baseUrl, boolean enabled) {

    static MailSettings of(AlertsConfig config) {
        return new MailSettings(config.host().strip(), config.port(), config.username().strip(), config.password(),
                config.starttls(), config.ssl(), config.from().strip(), config.baseUrl().strip(), config.enabled());
    }

    boolean hasHost() {
        return !host.isEmpty();
    }

    boolean signsIn() {
        return !username.isEmpty();
    }

    /** Why these settings cannot send anything, when a host is set but the rest does not fit. */
    Optional<String> problem() {
        if (port < 1 || port > 65535) {
            return Optional.of("port " + port + " is not between 1 and 65535");
        }
        try {
            new InternetAddress(from, true).validate();
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("from address '" + from + "' is not an e-mail address");
        }
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password.isEmpty() ? "" : "****") + ", starttls=" + starttls + ", ssl=" + ssl + ", from=" + from
                + ", baseUrl=" + baseUrl + ", enabled=" + enabled + "]";
    }
}
