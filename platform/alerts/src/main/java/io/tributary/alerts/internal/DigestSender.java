package io.tributary.alerts.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.DatabaseException;

/**
 * Sends at most one digest per flow per window. A flow is due when it has pending alerts and its last digest is at
 * least a window old, or it never had one: the first alert of a quiet flow goes out at the next check, later ones
 * wait until the window since that digest has passed and then go out together.
 * <p>
 * Each digest is sent inside the transaction that holds the flow's alert_digest row lock, deletes the alerts it
 * contains and records the time, so nodes sharing the database send it once; if the mail fails, the rollback keeps
 * the alerts for the next check. Should the commit fail after the mail went out, the digest goes out again at the
 * next check: at least once, never lost.
 */
final class DigestSender {

    private final Database database;
    private final AlertStore store;
    private final Mailer mailer;
    private final DigestMail mail;
    private final Duration window;
    private final Clock clock;
    private final System.Logger log;
    /** Flows whose last attempt failed: one warning per outage, not one per check. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    DigestSender(Database database, Mailer mailer, DigestMail mail, Duration window, Clock clock,
            System.Logger log) {
        this.database = database;
        this.store = new AlertStore(database);
        this.mailer = mailer;
        this.mail = mail;
        this.window = window;
        this.clock = clock;
        this.log = log;
    }

    /**
     * One check: sends the digest of every due flow and returns how many went out. A failed connection to the mail
     * server ends the check, as it would fail every other flow's digest too.
     */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (String flowId : store.flowsDue(now.minus(window))) {
            try {
                if (sendIfStillDue(flowId, now)) {
                    sent++;
                }
                if (failing.remove(flowId)) {
                    log.log(Level.INFO, "Alert digest of flow {0} is delivered again", flowId);
                }
            } catch (MailException e) {
                notSent(flowId, e);
                if (e.connectionFailed()) {
                    break;
                }
            } catch (DatabaseException e) {
                notSent(flowId, e);
            }
        }
        return sent;
    }

    private void notSent(String flowId, Exception failure) {
        Level level = failing.add(flowId) ? Level.WARNING : Level.DEBUG;
        log.log(level, "Alert digest of flow {0} not sent; its alerts are kept and retried at the next check: {1}",
                flowId, failure.getMessage());
    }

    private boolean sendIfStillDue(String flowId, Instant now) throws MailException {
        store.ensureDigestRow(flowId);
        return database.transaction(connection -> {
            Optional<Instant> lastDigest = store.lockDigest(connection, flowId);
            // another node may have sent it while this one waited for the lock
            if (lastDigest.isPresent() && lastDigest.get().plus(window).isAfter(now)) {
                return false;
            }
            List<PendingAlert> pending = store.pending(connection, flowId);
            if (pending.isEmpty()) {
                return false;
            }
            mailer.send(mail.compose(Digest.of(pending)));
            store.remove(connection, pending);
            store.markSent(connection, flowId, now);
            return true;
        });
    }
}
