/**
 * The marketplace: the repository server's catalog ({@link io.tributary.api.marketplace.MarketplaceCatalog}), the
 * runtime's installer of what it offers ({@link io.tributary.api.marketplace.MarketplaceInstaller}) and prebuilt
 * integrations installed into tenants ({@link io.tributary.api.marketplace.IntegrationService}).
 *
 * <p>A listing is a connector or an integration; its versions are immutable semantic versions of one signed OSGi
 * bundle. An integration bundle carries {@code integration.json} (header {@link io.tributary.api.marketplace.IntegrationService#DESCRIPTOR_HEADER}),
 * valid against {@link io.tributary.api.marketplace.IntegrationService#SCHEMA_RESOURCE}. Every method that takes a {@link io.tributary.api.tenancy.Caller} authorizes
 * the call and answers problems: 404 for what does not exist or is not visible, 403 when the caller may not, 422
 * naming every bad field.
 */
@Export
@Version("1.0.0")
package io.tributary.api.marketplace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
