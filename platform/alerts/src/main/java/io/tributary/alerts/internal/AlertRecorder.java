package io.tributary.alerts.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import io.tributary.api.store.Store;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.DatabaseException;

/**
 * Records the engine's error events that have subscribers, whether or not mail is configured. It takes no
 * configuration, so changing the mail settings never unregisters it and no event is missed meanwhile.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + AlertRecorder.TOPICS)
public class AlertRecorder implements EventHandler {

    static final String TOPICS = "io/tributary/flow/*";

    private final AlertEvents events;
    private final AlertStore store;
    private final Clock clock;
    private final System.Logger log;

    /** The store rather than its data source: its service exists only once the alert tables are migrated. */
    @Activate
    public AlertRecorder(@Reference Store store) {
        this(store.dataSource(), Clock.systemUTC(), System.getLogger(AlertRecorder.class.getName()));
    }

    AlertRecorder(DataSource dataSource, Clock clock, System.Logger log) {
        this.events = new AlertEvents(log);
        this.store = new AlertStore(new Database(dataSource));
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            events.read(event).ifPresent(alert -> store.add(alert, clock.instant()));
        } catch (DatabaseException e) {
            log.log(Level.ERROR, "Flow alert of {0} not recorded: {1}", event.getTopic(), e.getMessage());
        }
    }
}
