package io.tributary.api.tenancy;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * What other services keep in a workspace (the flow engine: its flows), so that exports, imports and clones carry
 * it beside the connection shells. Provided by those services; every registered one is asked.
 *
 * <p>Tenancy authorizes the export, import or clone and calls these methods inside its own transaction. Services on
 * the platform's store join that transaction (it is bound to the thread per data source, see
 * {@code io.tributary.store.jdbc.Database}), so what {@link #importInto} writes commits with the connection shells,
 * and an import that fails anywhere leaves nothing behind.
 */
@ConsumerType
public interface WorkspaceContent {

    /** The key of this content's array in the export document, e.g. {@code flows}; unique among the services. */
    String section();

    /**
     * The workspace's items, each self-contained and without secrets, referring to connections by their id in this
     * workspace (the document carries those ids with the connection shells).
     */
    ArrayNode export(String workspaceId);

    /**
     * Adds the items of a document's section to a workspace, the caller's access to it already checked.
     *
     * @param connectionIds the id of each connection of the document to the id of its new shell in the workspace;
     *                      references to connections are rewritten through it
     * @throws io.tributary.api.problem.ProblemException 422 (or 409 for a name taken) naming the field by its path
     *                                                   in the document, e.g. {@code flows[2].source.connection}
     */
    void importInto(Caller caller, String workspaceId, ArrayNode items, Map<String, String> connectionIds);
}
