package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.felix.utils.manifest.Clause;
import org.apache.felix.utils.manifest.Parser;
import org.osgi.framework.Constants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.Kind;

/** What the catalog records of an artifact that passed every check, read from its descriptor and manifest. */
final class FactsReader {

    static final int MAX_SUMMARY = 200;

    private static final String API_PACKAGE = "io.tributary.api";
    // a stop before a capital or the end: "e.g. orders" goes on
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s*#.*$");

    private FactsReader() {
    }

    static ArtifactFacts facts(Kind kind, ObjectNode descriptor, BundleHeaders headers, String icon,
                               ArtifactDigest digest) {
        String name = text(descriptor, "name");
        String description = text(descriptor, "description");
        List<String> categories = new ArrayList<>();
        descriptor.path("categories").forEach(category -> categories.add(category.asText()));
        return new ArtifactFacts(kind, text(descriptor, "id"), text(descriptor, "version"), name,
                summary(text(descriptor, "summary"), description, name), description == null ? "" : description,
                categories, icon, platformRange(headers.get(Constants.IMPORT_PACKAGE)),
                kind == Kind.INTEGRATION ? dependencies(descriptor) : List.of(), text(descriptor, "changelog"),
                digest.sha256(), digest.size(), descriptor);
    }

    /** The imports of {@code io.tributary.api} packages, e.g. {@code io.tributary.api.connector;version="[1.0,2)"}. */
    static String platformRange(String importPackage) {
        if (importPackage == null) {
            return "";
        }
        List<String> imports = new ArrayList<>();
        for (Clause clause : Parser.parseHeader(importPackage)) {
            String pkg = clause.getName();
            if (pkg.equals(API_PACKAGE) || pkg.startsWith(API_PACKAGE + ".")) {
                String range = clause.getAttribute(Constants.VERSION_ATTRIBUTE);
                imports.add(range == null ? pkg : pkg + ";version=\"" + range + "\"");
            }
        }
        return String.join(", ", imports);
    }

    /** The summary if given, else the description's first sentence (cut to {@value #MAX_SUMMARY}), else the name. */
    static String summary(String summary, String description, String name) {
        if (summary != null) {
            return summary;
        }
        String text = description == null ? "" : HEADING.matcher(description).replaceAll("").replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            return name;
        }
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.end()) : text;
        if (sentence.length() <= MAX_SUMMARY) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SUMMARY - 1);
        return sentence.substring(0, cut > MAX_SUMMARY / 2 ? cut : MAX_SUMMARY - 1).strip() + "…";
    }

    private static List<Dependency> dependencies(ObjectNode descriptor) {
        List<Dependency> dependencies = new ArrayList<>();
        for (JsonNode connector : descriptor.path("connectors")) {
            dependencies.add(new Dependency(connector.path("id").asText(), connector.path("version").asText().trim()));
        }
        return dependencies;
    }

    private static String text(ObjectNode descriptor, String field) {
        JsonNode value = descriptor.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }
}
