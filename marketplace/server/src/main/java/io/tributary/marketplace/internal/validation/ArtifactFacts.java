package io.tributary.marketplace.internal.validation;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.Kind;

/**
 * What an artifact that passed every check says about itself: the catalog's listing and version are made of it.
 *
 * @param kind          connector ({@code Tributary-Connector} header) or integration ({@code Tributary-Integration})
 * @param id            the descriptor's id: the listing id
 * @param version       the descriptor's version, equal to the Bundle-Version's major.minor.patch
 * @param name          the descriptor's name
 * @param summary       the descriptor's summary, else the first sentence of its description (at most 200 chars)
 * @param description   the descriptor's description (Markdown), may be empty
 * @param categories    the descriptor's categories
 * @param icon          the icon the descriptor names, as a {@code data:} URI (SVG or PNG, at most 16 KiB), or null
 * @param platformRange the bundle's imports of {@code io.tributary.api.*} packages, e.g.
 *                      {@code io.tributary.api.connector;version="[1.0,2)"}, comma-separated; empty when none
 * @param dependencies  for an integration, its required connectors (id and range); empty for a connector
 * @param changelog     the descriptor's changelog, or null
 * @param sha256        of the artifact, lower-case hex
 * @param size          of the artifact in bytes
 * @param descriptor    the descriptor as read
 */
public record ArtifactFacts(Kind kind, String id, String version, String name, String summary, String description,
                            List<String> categories, String icon, String platformRange, List<Dependency> dependencies,
                            String changelog, String sha256, long size, ObjectNode descriptor) {

    public ArtifactFacts {
        categories = List.copyOf(categories);
        dependencies = List.copyOf(dependencies);
    }
}
