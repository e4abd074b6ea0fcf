package io.tributary.rest.internal.testing;

import io.tributary.rest.internal.connection.ConnectionResource;
import io.tributary.rest.internal.connector.ConnectorResource;
import io.tributary.rest.internal.connector.FakeConnectors;
import io.tributary.rest.internal.flow.ErrorResource;
import io.tributary.rest.internal.flow.FlowResource;
import io.tributary.rest.internal.flow.RunResource;
import io.tributary.rest.internal.identity.AuthResource;
import io.tributary.rest.internal.identity.MeResource;
import io.tributary.rest.internal.identity.TokenResource;
import io.tributary.rest.internal.marketplace.ListingResource;
import io.tributary.rest.internal.marketplace.PublishResource;
import io.tributary.rest.internal.marketplace.PublisherResource;
import io.tributary.rest.internal.marketplace.install.DescriptorResource;
import io.tributary.rest.internal.marketplace.install.InstallResource;
import io.tributary.rest.internal.marketplace.install.InstalledResource;
import io.tributary.rest.internal.marketplace.install.TrustedPublisherResource;
import io.tributary.rest.internal.marketplace.integration.IntegrationResource;
import io.tributary.rest.internal.tenancy.AuditResource;
import io.tributary.rest.internal.tenancy.TenantResource;
import io.tributary.rest.internal.tenancy.UserResource;
import io.tributary.rest.internal.tenancy.WorkspaceMemberResource;
import io.tributary.rest.internal.tenancy.WorkspaceResource;

/** Every platform service the resources need, faked, and every resource of the bundle served with them. */
public record Fakes(FakeIdentity identity, FakeTenancy tenancy, FakeConnections connections, FakeAudit audit,
                    FakeConnectors connectors, FakeEngine engine, FakeCatalog catalog, FakeInstaller installer,
                    FakeIntegrations integrations) {

    /** Registers every resource of the bundle as the whiteboard would; the identity fake is the server's. */
    public static Fakes registerAll(ApiServer server) {
        Fakes fakes = new Fakes(server.identity(), new FakeTenancy(), new FakeConnections(), new FakeAudit(),
                new FakeConnectors(), new FakeEngine(), new FakeCatalog(), new FakeInstaller(),
                new FakeIntegrations());
        server.api().addResource(new AuthResource(fakes.identity(), false));
        server.api().addResource(new MeResource(fakes.identity()));
        server.api().addResource(new TokenResource(fakes.identity()));
        server.api().addResource(new TenantResource(fakes.tenancy()));
        server.api().addResource(new UserResource(fakes.tenancy()));
        server.api().addResource(new WorkspaceResource(fakes.tenancy()));
        server.api().addResource(new WorkspaceMemberResource(fakes.tenancy()));
        server.api().addResource(new AuditResource(fakes.audit()));
        server.api().addResource(new ConnectionResource(fakes.connections()));
        server.api().addResource(new ConnectorResource(fakes.connectors(), fakes.connectors()));
        server.api().addResource(new FlowResource(fakes.engine()));
        server.api().addResource(new RunResource(fakes.engine()));
        server.api().addResource(new ErrorResource(fakes.engine()));
        server.api().addResource(new ListingResource(fakes.catalog()));
        server.api().addResource(new PublisherResource(fakes.catalog()));
        server.api().addResource(new PublishResource(fakes.catalog()));
        server.api().addResource(new InstallResource(fakes.installer()));
        server.api().addResource(new DescriptorResource(fakes.installer()));
        server.api().addResource(new InstalledResource(fakes.installer()));
        server.api().addResource(new TrustedPublisherResource(fakes.installer()));
        server.api().addResource(new IntegrationResource(fakes.integrations()));
        return fakes;
    }
}
