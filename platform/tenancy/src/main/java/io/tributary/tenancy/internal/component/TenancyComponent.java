package io.tributary.tenancy.internal.component;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.tenancy.internal.db.Database;
import io.tributary.tenancy.internal.identity.PasswordHasher;
import io.tributary.tenancy.internal.tenancy.DefaultTenancyService;

/** The tenancy service on the platform's store. */
@Component(service = TenancyService.class)
public class TenancyComponent extends DefaultTenancyService {

    @Activate
    public TenancyComponent(@Reference Store store, @Reference ConnectorRegistry registry) {
        super(new Database(store.dataSource()), Clock.systemUTC(), PasswordHasher.DEFAULT, registry);
    }
}
