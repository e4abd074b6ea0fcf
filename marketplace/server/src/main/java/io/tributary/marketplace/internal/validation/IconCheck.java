package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.archive.ArchiveChecks;
import io.tributary.archive.ArchiveReader;

/** The icon a descriptor names: a small SVG or PNG of the bundle, carried in the catalog as a {@code data:} URI. */
final class IconCheck {

    static final int MAX_ICON_BYTES = 16 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IconCheck() {
    }

    /** @return the icon as a {@code data:} URI, or null when the descriptor names none or it fails */
    static String dataUri(ObjectNode descriptor, String descriptorPath, ArchiveReader archive, Failures failures) {
        JsonNode icon = descriptor.get("icon");
        if (icon == null || !icon.isTextual()) {
            return null;
        }
        String path = icon.textValue();
        String lower = path.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png" : null;
        String descriptorField = Failures.entry(descriptorPath);
        if (type == null) {
            failures.add(descriptorField, "$.icon: names " + ArchiveChecks.shown(path)
                    + "; an icon must be an .svg or .png file");
            return null;
        }
        if (ArchiveChecks.nameProblem(path).isPresent() || !archive.has(path)) {
            failures.add(descriptorField, "$.icon: names " + ArchiveChecks.shown(path)
                    + ", but the bundle has no such entry");
            return null;
        }
        byte[] bytes;
        try {
            bytes = archive.read(path, MAX_ICON_BYTES);
        } catch (ArchiveReader.TooLargeException e) {
            failures.entry(path, "is larger than 16 KiB (" + MAX_ICON_BYTES + " bytes), the most an icon may be");
            return null;
        } catch (IOException e) {
            failures.entry(path, "cannot be read: " + e.getMessage());
            return null;
        }
        String problem = type.equals("image/png") ? pngProblem(bytes) : svgProblem(bytes);
        if (problem != null) {
            failures.entry(path, problem);
            return null;
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String pngProblem(byte[] bytes) {
        boolean png = bytes.length > PNG_SIGNATURE.length
                && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
        return png ? null : "is not a PNG image";
    }

    private static String svgProblem(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            return "declares a DOCTYPE/external entity; SVG icons with DTDs are refused";
        }
        if (text.contains("<SCRIPT")) {
            return "has a <script>; icons may not run code";
        }
        return text.contains("<SVG") ? null : "is not an SVG image";
    }
}
