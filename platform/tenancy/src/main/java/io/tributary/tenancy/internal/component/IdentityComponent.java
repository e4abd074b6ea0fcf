package io.tributary.tenancy.internal.component;

import java.time.Clock;
import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.tributary.api.store.Store;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.identity.DefaultIdentityService;
import io.tributary.tenancy.internal.identity.IdentitySettings;
import io.tributary.tenancy.internal.identity.PasswordHasher;
import io.tributary.tenancy.internal.tenancy.Bootstrap;
import io.tributary.tenancy.internal.tenancy.TenantAdministration;

/** The identity service; its activation also creates the first tenant and administrator on a fresh database. */
@Component(service = IdentityService.class, configurationPid = TenancyConfig.PID, immediate = true)
@Designate(ocd = TenancyConfig.class)
public class IdentityComponent extends DefaultIdentityService {

    @Activate
    public IdentityComponent(@Reference Store store, TenancyConfig config) {
        this(new Database(store.dataSource()), settings(config), Clock.systemUTC());
    }

    private IdentityComponent(Database database, IdentitySettings settings, Clock clock) {
        super(database, clock, PasswordHasher.DEFAULT, settings);
        TenantAdministration administration = new TenantAdministration(database, clock, PasswordHasher.DEFAULT);
        new Bootstrap(database, administration, System::getenv, KarafDirectories.data()).run();
    }

    private static IdentitySettings settings(TenancyConfig config) {
        return new IdentitySettings(Duration.ofMinutes(config.sessionLifetimeMinutes()),
                config.loginMaxFailuresPerUser(), config.loginMaxFailuresPerAddress(),
                Duration.ofMinutes(config.loginFailureWindowMinutes()));
    }
}
