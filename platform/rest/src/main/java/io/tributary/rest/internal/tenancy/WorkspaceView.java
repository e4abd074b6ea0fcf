package io.tributary.rest.internal.tenancy;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.Workspace;

/** A workspace as the API shows it, with its members. */
@Schema(name = "Workspace")
public record WorkspaceView(String id, String tenantId, String name, String description, boolean sandbox,
                            List<MembershipView> members, Instant createdAt) {

    public static WorkspaceView of(Workspace workspace) {
        return new WorkspaceView(workspace.id(), workspace.tenantId(), workspace.name(), workspace.description(),
                workspace.sandbox(), workspace.members().stream().map(MembershipView::of).toList(),
                workspace.createdAt());
    }
}
