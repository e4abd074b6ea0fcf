package io.tributary.engine.internal.service;

import io.tributary.api.tenancy.Caller;

/** Whether a caller sees a workspace: {@code TenancyService.workspace} in the platform. */
@FunctionalInterface
public interface Workspaces {

    /** @throws io.tributary.api.problem.ProblemException 404 when the caller does not see the workspace */
    void requireVisible(Caller caller, String workspaceId);
}
