package io.tributary.tenancy.internal.component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.ComponentServiceObjects;
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
 * bundles; the engine itself needs this service, so they cannot be static references. They are bound as service
 * objects and got only when an export or import needs them: getting them while binding would activate the engine
 * from inside its own activation (it needs this service), a cycle SCR breaks by refusing the flows section.
 */
@Component(service = TenancyService.class)
public class TenancyComponent extends DefaultTenancyService {

    private final Map<ComponentServiceObjects<WorkspaceContent>, WorkspaceContent> contents;

    @Activate
    public TenancyComponent(@Reference Store store, @Reference ConnectorRegistry registry) {
        this(store, registry, Collections.synchronizedMap(new LinkedHashMap<>()));
    }

    private TenancyComponent(Store store, ConnectorRegistry registry,
                             Map<ComponentServiceObjects<WorkspaceContent>, WorkspaceContent> contents) {
        super(new Database(store.dataSource()), Clock.systemUTC(), PasswordHasher.DEFAULT, registry,
                () -> current(contents));
        this.contents = contents;
    }

    private static List<WorkspaceContent> current(Map<ComponentServiceObjects<WorkspaceContent>, WorkspaceContent> contents) {
        synchronized (contents) {
            List<WorkspaceContent> current = new ArrayList<>();
            for (ComponentServiceObjects<WorkspaceContent> objects : contents.keySet()) {
                WorkspaceContent content = contents.computeIfAbsent(objects, ComponentServiceObjects::getService);
                if (content != null) {
                    current.add(content);
                }
            }
            return current;
        }
    }

    @Reference(service = WorkspaceContent.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeContent")
    void addContent(ComponentServiceObjects<WorkspaceContent> content) {
        synchronized (contents) {
            contents.put(content, null);
        }
    }

    void removeContent(ComponentServiceObjects<WorkspaceContent> content) {
        WorkspaceContent got;
        synchronized (contents) {
            got = contents.remove(content);
        }
        if (got != null) {
            content.ungetService(got);
        }
    }
}
