package io.tributary.tenancy.internal.component;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.connection.DefaultConnectionService;
import io.tributary.tenancy.internal.connection.KeyRing;

/** The connection service; immediate so that the key ring file exists from the first start. */
@Component(service = ConnectionService.class, immediate = true)
public class ConnectionComponent extends DefaultConnectionService {

    @Activate
    public ConnectionComponent(@Reference Store store, @Reference ConnectorRegistry registry) {
        super(new Database(store.dataSource()), Clock.systemUTC(), registry,
                KeyRing.open(KarafDirectories.etc(), System::getenv), System::getLogger);
    }
}
