package io.tributary.tenancy.internal.component;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.identity.PasswordHasher;
import io.tributary.tenancy.internal.tenancy.DefaultTenancyService;

/**
 * The tenancy service on the platform's store. The workspace contents (the engine's flows) come and go with their
 * bundles; the engine itself needs this service, so they cannot be static references.
 */
@Component(service = TenancyService.class)
public class TenancyComponent extends DefaultTenancyService {

    private final List<WorkspaceContent> contents;

    @Activate
    public TenancyComponent(@Reference Store store, @Reference ConnectorRegistry registry) {
        this(store, registry, new CopyOnWriteArrayList<>());
    }

    private TenancyComponent(Store store, ConnectorRegistry registry, List<WorkspaceContent> contents) {
        super(new Database(store.dataSource()), Clock.systemUTC(), PasswordHasher.DEFAULT, registry,
                () -> List.copyOf(contents));
        this.contents = contents;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeContent")
    void addContent(WorkspaceContent content) {
        contents.add(content);
    }

    void removeContent(WorkspaceContent content) {
        contents.remove(content);
    }
}
