/**
 * The connector SPI: what a connector bundle implements so that flows can read from and write to one kind of
 * system. A connector bundle compiles against this package only.
 *
 * <p>A connector is a bundle with two parts. Its descriptor, {@code connector.json}, named by the manifest header
 * {@value io.tributary.api.connector.Connector#DESCRIPTOR_HEADER}, declares the connector's id, version, connection
 * schema and operations; the platform reads it without running the bundle's code. Its code is a Declarative
 * Services component that provides {@link io.tributary.api.connector.Connector} with the service properties
 * {@value io.tributary.api.connector.Connector#ID} and {@value io.tributary.api.connector.Connector#VERSION}
 * matching the descriptor.
 *
 * <p>Records are JSON objects with a key. Sources read pages with a resumable cursor, in full or as a delta since
 * a watermark; destinations write batches and report one outcome per record; listeners turn pushed requests such as
 * webhooks into records.
 */
@Export
@Version("1.0.0")
package io.tributary.api.connector;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
