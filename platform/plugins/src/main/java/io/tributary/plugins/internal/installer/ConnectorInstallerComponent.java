package io.tributary.plugins.internal.installer;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.plugins.internal.descriptor.DescriptorReader;
import io.tributary.plugins.internal.registry.SettlingRegistry;

/** Publishes the {@link ConnectorInstaller} service; the work is done by {@link Installer}. */
@Component(service = ConnectorInstaller.class)
public class ConnectorInstallerComponent implements ConnectorInstaller {

    /** The API's bundle size limit; 30 s for a started connector to become active and for a refresh to finish. */
    static final Installer.Limits LIMITS = new Installer.Limits(ConnectorInstaller.MAX_BUNDLE_BYTES,
            Duration.ofSeconds(30));

    @Reference
    private SettlingRegistry registry;

    // every user of connectors is asked before one is removed, whenever it arrived
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ConnectorUsage> usages = List.of();

    private Installer installer;

    @Activate
    void activate(BundleContext context) {
        installer = new Installer(new DescriptorReader(), registry, new FrameworkBundles(context), () -> usages,
                LIMITS);
    }

    @Override
    public ConnectorInfo install(InputStream jar) {
        return installer.install(jar);
    }

    @Override
    public void uninstall(String id, String version, boolean force) {
        installer.uninstall(id, version, force);
    }
}
