package io.tributary.plugins.internal.descriptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;

/** The descriptor rules a JSON Schema cannot state: they compare values with each other and with the bundle. */
final class DescriptorRules {

    private DescriptorRules() {
    }

    static List<FieldError> check(ObjectNode descriptor, Version bundleVersion, Predicate<String> entryExists) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(uniqueOperationNames(descriptor));
        errors.addAll(versionMatchesBundle(descriptor, bundleVersion));
        errors.addAll(iconExists(descriptor, entryExists));
        return errors;
    }

    /** The major.minor.micro of a bundle version: what a descriptor's {@code version} must say. */
    static String withoutQualifier(Version version) {
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    private static List<FieldError> uniqueOperationNames(ObjectNode descriptor) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        JsonNode operations = descriptor.path("operations");
        for (int i = 0; i < operations.size(); i++) {
            JsonNode name = operations.get(i).path("name");
            if (!name.isTextual()) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(name.textValue(), i);
            if (first != null) {
                errors.add(new FieldError("descriptor.operations[" + i + "].name", "operation name '"
                        + name.textValue() + "' is already used by operations[" + first + "]"));
            }
        }
        return errors;
    }

    private static List<FieldError> versionMatchesBundle(ObjectNode descriptor, Version bundleVersion) {
        JsonNode version = descriptor.path("version");
        if (!version.isTextual() || bundleVersion == null) {
            return List.of();
        }
        String expected = withoutQualifier(bundleVersion);
        if (version.textValue().equals(expected)) {
            return List.of();
        }
        return List.of(new FieldError("descriptor.version", "is " + version.textValue()
                + " but the bundle version is " + bundleVersion + "; it must be " + expected));
    }

    private static List<FieldError> iconExists(ObjectNode descriptor, Predicate<String> entryExists) {
        JsonNode icon = descriptor.path("icon");
        if (!icon.isTextual()) {
            return List.of();
        }
        String path = icon.textValue();
        Optional<String> problem = BundlePath.problem(path);
        if (problem.isEmpty() && !entryExists.test(path)) {
            problem = Optional.of("names " + path + " but the bundle has no such entry");
        }
        return problem.map(why -> List.of(new FieldError("descriptor.icon", why))).orElse(List.of());
    }
}
