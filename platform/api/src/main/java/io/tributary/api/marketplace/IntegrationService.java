package io.tributary.api.marketplace;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;

/**
 * Prebuilt integrations installed into tenants. Tenant admins install, upgrade and uninstall them; members see those
 * whose workspace they see, and those with {@code manage} on it set its connections and settings.
 *
 * <p>A flow template is a flow definition in which a string {@code "{{slots.<name>}}"} stands for the connection
 * of a slot and {@code "{{settings.<name>}}"} for a setting: as the whole string it becomes the setting's value
 * with its JSON type (or, for a setting without a value, leaves its field or array item out), inside a longer
 * string its text. Tenants may stand on different versions of an integration: it carries no code.
 */
@ProviderType
public interface IntegrationService {

    /** The manifest header naming an integration bundle's descriptor, e.g. {@code OSGI-INF/tributary/integration.json}. */
    String DESCRIPTOR_HEADER = "Tributary-Integration";

    /** The JSON Schema of {@code integration.json}, a resource of this package's bundle. */
    String SCHEMA_RESOURCE = "/io/tributary/api/marketplace/integration.schema.json";

    List<Integration> integrations(Caller caller);

    /**
     * Installs an integration into the caller's tenant: installs the integration bundle and the connectors it needs
     * into the runtime when missing, creates a workspace with an empty connection shell per slot and its flows,
     * disabled.
     *
     * @param version       null for the highest installable version
     * @param workspaceName the new workspace's name; null for the integration's name (made unique)
     * @param settings      values for the settings schema, or null for its defaults
     * @throws io.tributary.api.problem.ProblemException 422 naming {@code settings.<field>} or what the install
     *                                                   refused; nothing is left behind
     */
    Integration install(Caller caller, String listingId, String version, String workspaceName, ObjectNode settings);

    Integration integration(Caller caller, String integrationId);

    /**
     * Points slots at connections of the integration's workspace and its flows at them.
     *
     * @param connections slot name to connection id; slots not named keep theirs
     * @throws io.tributary.api.problem.ProblemException 422 naming {@code <slot>} when it is unknown, the connection
     *                                                   is not in the workspace or uses another connector or version
     */
    Integration setConnections(Caller caller, String integrationId, Map<String, String> connections);

    /**
     * Replaces the settings and re-renders the flows, keeping every flow field a user changed that the settings do
     * not decide.
     */
    Integration setSettings(Caller caller, String integrationId, ObjectNode settings);

    /**
     * Moves to another version: installs it (and connectors it needs), keeps the settings (new ones get their
     * defaults), keeps every flow field the user changed that the new templates did not change, adds flows for new
     * templates (disabled) and removes flows whose template is gone.
     *
     * @param version null for the highest installable version
     */
    Integration upgrade(Caller caller, String integrationId, String version);

    /** Removes its flows and the installation; the workspace and its connections stay. */
    void uninstall(Caller caller, String integrationId);
}
