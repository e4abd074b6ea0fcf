package io.tributary.alerts.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.tributary.api.store.Store;
import io.tributary.store.jdbc.Database;

/**
 * Sends the recorded alerts as digests while mail is configured; a configuration change restarts it with the new
 * settings. It offers no service: a service would publish the configuration, SMTP password included, as its
 * properties to every bundle.
 */
@Component(service = {}, configurationPid = AlertsConfig.PID, immediate = true)
@Designate(ocd = AlertsConfig.class)
public class DigestComponent {

    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(5);

    private final Optional<DigestTimer> timer;

    @Activate
    public DigestComponent(@Reference Store store, AlertsConfig config) {
        this(store.dataSource(), MailSettings.of(config), Duration.ofSeconds(config.digestWindowSeconds()),
                CHECK_INTERVAL, Clock.systemUTC(), System.getLogger(DigestComponent.class.getName()));
    }

    DigestComponent(DataSource dataSource, MailSettings settings, Duration window, Duration checkInterval,
            Clock clock, System.Logger log) {
        timer = sends(settings, log) ? Optional.of(new DigestTimer(new DigestSender(new Database(dataSource),
                new SmtpMailer(settings), new DigestMail(settings.baseUrl()), window, clock, log), checkInterval, log))
                : Optional.empty();
    }

    /** Says once why nothing will be sent, if so; alerts keep being recorded either way. */
    private static boolean sends(MailSettings settings, System.Logger log) {
        if (!settings.hasHost()) {
            log.log(Level.INFO, "Alert e-mail is not configured (no host in {0}.cfg): flow alerts are kept"
                    + " but not sent", AlertsConfig.PID);
            return false;
        }
        if (!settings.enabled()) {
            log.log(Level.INFO, "Alert e-mail is disabled (enabled=false in {0}.cfg): flow alerts are kept"
                    + " but not sent", AlertsConfig.PID);
            return false;
        }
        Optional<String> problem = settings.problem();
        problem.ifPresent(reason -> log.log(Level.WARNING, "Alert e-mail is not sent, {0}.cfg needs a fix: {1}",
                AlertsConfig.PID, reason));
        return problem.isEmpty();
    }

    @Deactivate
    public void deactivate() {
        timer.ifPresent(DigestTimer::close);
    }
}
