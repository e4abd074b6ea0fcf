package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

/**
 * A requirement in words, e.g. {@code imports package com.acme (version>=1.0.0, <2.0.0)}, read from its filter the
 * way the framework wrote it from the manifest.
 */
final class RequirementText {

    // org.osgi.namespace.extender is not on the platform api's class path
    private static final String EXTENDER_NAMESPACE = "osgi.extender";
    private static final String VALUE = "((?:\\\\.|[^)\\\\])+)";

    private RequirementText() {
    }

    static String describe(Requirement requirement) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "imports package " + named(filter, namespace, "version");
            case BundleNamespace.BUNDLE_NAMESPACE -> "requires bundle "
                    + named(filter, namespace, BundleNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE);
            case HostNamespace.HOST_NAMESPACE -> "is a fragment of "
                    + named(filter, namespace, HostNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE);
            case EXTENDER_NAMESPACE -> "requires the extender "
                    + named(filter, namespace, "version");
            case IdentityNamespace.IDENTITY_NAMESPACE -> "requires " + named(filter, namespace, "version");
            case ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE ->
                    "requires the execution environment " + filter;
            default -> "requires a capability " + namespace + (filter.isEmpty() ? "" : " matching " + filter);
        };
    }

    /** A resource's symbolic name and version, e.g. {@code com.acme.jdbc 1.2.0}. */
    static String name(Resource resource) {
        for (Capability identity : resource.getCapabilities(IdentityNamespace.IDENTITY_NAMESPACE)) {
            return identity.getAttributes().get(IdentityNamespace.IDENTITY_NAMESPACE) + " "
                    + identity.getAttributes().get(IdentityNamespace.CAPABILITY_VERSION_ATTRIBUTE);
        }
        return String.valueOf(resource);
    }

    private static String named(String filter, String nameAttribute, String versionAttribute) {
        Matcher name = Pattern.compile("\\(" + Pattern.quote(nameAttribute) + "=" + VALUE + "\\)").matcher(filter);
        if (!name.find()) {
            return "matching " + filter;
        }
        String bounds = versionBounds(filter, versionAttribute);
        return name.group(1) + (bounds.isEmpty() ? "" : " (" + bounds + ")");
    }

    /** E.g. {@code version>=1.0.0, <2.0.0} from {@code (version>=1.0.0)(!(version>=2.0.0))}; empty for any version. */
    private static String versionBounds(String filter, String attribute) {
        String quoted = Pattern.quote(attribute);
        List<String> bounds = new ArrayList<>();
        Matcher negated = Pattern.compile("\\(!\\(" + quoted + "(>=|<=)" + VALUE + "\\)\\)").matcher(filter);
        while (negated.find()) {
            bounds.add((negated.group(1).equals(">=") ? "<" : ">") + negated.group(2));
        }
        String rest = negated.replaceAll("");
        Matcher plain = Pattern.compile("\\(" + quoted + "(>=|<=|=)" + VALUE + "\\)").matcher(rest);
        while (plain.find()) {
            bounds.add(0, plain.group(1) + plain.group(2));
        }
        return bounds.isEmpty() ? "" : attribute + String.join(", ", bounds);
    }
}
