package io.tributary.tenancy.internal.component;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tributary.api.store.Store;
import io.tributary.api.tenancy.AuditService;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.audit.DefaultAuditService;

/** The audit service for other platform services, e.g. the flow engine. */
@Component(service = AuditService.class)
public class AuditComponent extends DefaultAuditService {

    @Activate
    public AuditComponent(@Reference Store store) {
        super(new Database(store.dataSource()), Clock.systemUTC());
    }
}
