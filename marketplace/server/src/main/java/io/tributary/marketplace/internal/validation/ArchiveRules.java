package io.tributary.marketplace.internal.validation;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the archive's structure, read from its central directory: how many entries, and names that could reach
 * outside the folder a tool unpacks into (traversal, absolute paths, backslashes, NUL), duplicates and links.
 */
final class ArchiveRules {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final int SHOWN_NAME_LENGTH = 200;

    private ArchiveRules() {
    }

    static void check(ZipDirectory directory, PublishingLimits limits, Failures failures) {
        if (directory.declaredCount() > limits.maxEntries()) {
            failures.artifact("has " + directory.declaredCount() + " entries; at most " + limits.maxEntries()
                    + " are allowed");
        }
        Set<String> seen = new HashSet<>();
        for (ZipDirectory.Entry entry : directory.entries()) {
            String name = entry.name();
            nameProblem(name).ifPresent(why -> failures.artifactOfKind("unsafe name",
                    "has an entry " + shown(name) + " " + why));
            if (!seen.add(name)) {
                failures.artifactOfKind("duplicate", "has the entry " + shown(name) + " more than once");
            }
            if (entry.link()) {
                failures.artifactOfKind("symbolic link", "has an entry " + shown(name)
                        + " that is a symbolic link; links are refused");
            }
            if (entry.localNameDiffers()) {
                String localName = new String(entry.localName(), StandardCharsets.UTF_8);
                failures.artifactOfKind("local header mismatch", "has an entry " + shown(name)
                        + " whose local header names it " + shown(localName) + "; the archive is inconsistent");
            }
        }
        failures.closeKinds();
    }

    /** What makes an entry name unsafe to unpack, or empty when it stays inside the folder. */
    static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("with an empty name");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of("whose name contains a NUL character");
        }
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            return Optional.of("with an absolute path");
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.of("that leaves the archive");
            }
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("with a backslash in its name; zip entry names separate folders with '/'");
        }
        return Optional.empty();
    }

    /** An entry name quoted for a message: control characters escaped, very long names cut. */
    static String shown(String name) {
        StringBuilder text = new StringBuilder("'");
        for (int i = 0; i < name.length() && i < SHOWN_NAME_LENGTH; i++) {
            char c = name.charAt(i);
            text.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.append(name.length() > SHOWN_NAME_LENGTH ? "…'" : "'").toString();
    }
}
