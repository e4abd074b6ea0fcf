/**
 * The flow engine as the other platform services (REST, shell, alerts, marketplace) see it: flow definitions, runs,
 * per-record errors, previews, statistics and inbound webhooks.
 *
 * <p>A flow definition is a JSON document valid against {@link io.tributary.api.flow.FlowService#SCHEMA_RESOURCE};
 * the engine checks it further (connections, connector versions and operations, JSONata, cron) and refuses it with a
 * 422 naming every bad field. Every method that takes a {@link io.tributary.api.tenancy.Caller} authorizes the call:
 * 404 for what does not exist or belongs to another tenant, 403 when the caller's workspace role is too weak
 * ({@code manage} to change flows, {@code monitor} to view, run, preview, retry and resolve).
 */
@Export
@Version("1.0.0")
package io.tributary.api.flow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
