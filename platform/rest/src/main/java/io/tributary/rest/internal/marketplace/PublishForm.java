package io.tributary.rest.internal.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassfish.jersey.media.multipart.BodyPart;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.body.BodyTooLargeException;
import io.tributary.rest.internal.problem.Problems;

/**
 * The parts of a {@code POST /marketplace/publish} upload: the artifact copied into a temporary file of its own (the
 * catalog takes a path), the small text parts in memory. A part that is absent or empty is null, so that the catalog
 * names it among every other failure. Closing deletes the temporary file.
 *
 * @param artifact    the temporary file, or null without an artifact
 * @param signature   the signature's bytes as sent (raw or Base64 text), or null
 * @param publisherId the publisher named, or null for the caller's only publisher
 * @param changelog   Markdown, or null
 */
record PublishForm(Path artifact, byte[] signature, String publisherId, String changelog) implements AutoCloseable {

    static final String ARTIFACT = "artifact";
    static final String SIGNATURE = "signature";
    static final String PUBLISHER = "publisher";
    static final String CHANGELOG = "changelog";
    /** The most a text part may have: far above a signature, an id or the catalog's changelog limit. */
    static final int MAX_TEXT_BYTES = 256 << 10;

    private static final Set<String> PARTS = Set.of(ARTIFACT, SIGNATURE, PUBLISHER, CHANGELOG);

    /**
     * Reads the parts and removes the parser's buffers, whatever happens.
     *
     * @param directory where the artifact's temporary file goes; null for the system's default
     * @throws ProblemException 400 for unknown or repeated parts, 413 for a text part above {@value #MAX_TEXT_BYTES}
     *                          bytes
     */
    static PublishForm of(FormDataMultiPart form, Path directory) {
        try {
            Map<String, FormDataBodyPart> parts = partsByName(form);
            byte[] signature = bytes(parts.get(SIGNATURE), SIGNATURE);
            String publisherId = text(parts.get(PUBLISHER), PUBLISHER);
            publisherId = publisherId == null ? null : publisherId.strip();
            String changelog = text(parts.get(CHANGELOG), CHANGELOG);
            // last, so that no file is left behind by a failure above
            Path artifact = parts.containsKey(ARTIFACT) ? save(parts.get(ARTIFACT), directory) : null;
            return new PublishForm(artifact, signature, publisherId, changelog);
        } finally {
            form.cleanup();
        }
    }

    @Override
    public void close() {
        if (artifact != null) {
            try {
                Files.deleteIfExists(artifact);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the uploaded artifact " + artifact, e);
            }
        }
    }

    private static Map<String, FormDataBodyPart> partsByName(FormDataMultiPart form) {
        Map<String, FormDataBodyPart> parts = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (BodyPart part : form.getBodyParts()) {
            String name = part instanceof FormDataBodyPart field ? field.getName() : null;
            if (name == null || !PARTS.contains(name)) {
                errors.add(new FieldError(name == null ? "" : name, "is not a known part"));
            } else if (parts.putIfAbsent(name, (FormDataBodyPart) part) != null) {
                errors.add(new FieldError(name, "is sent more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", Problems.title(400), 400,
                    "The upload has parts that cannot be taken.", errors));
        }
        return parts;
    }

    private static Path save(FormDataBodyPart part, Path directory) {
        Path file = null;
        try (InputStream in = content(part)) {
            file = directory == null ? Files.createTempFile("tributary-publish-", ".jar")
                    : Files.createTempFile(directory, "tributary-publish-", ".jar");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(file) > 0) {
                return file;
            }
            Files.delete(file);
            return null;
        } catch (IOException e) {
            deleteQuietly(file, e);
            throw new UncheckedIOException("Cannot store the uploaded artifact", e);
        }
    }

    private static byte[] bytes(FormDataBodyPart part, String name) {
        if (part == null) {
            return null;
        }
        try (InputStream in = content(part)) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw new ProblemException(new Problem("about:blank", Problems.title(413), 413,
                        "The part '" + name + "' is too large.",
                        List.of(new FieldError(name, "may have at most " + BodyTooLargeException.describe(MAX_TEXT_BYTES)))));
            }
            return bytes.length == 0 ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded part " + name, e);
        }
    }

    private static String text(FormDataBodyPart part, String name) {
        byte[] bytes = bytes(part, name);
        String text = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        return text == null || text.isBlank() ? null : text;
    }

    private static InputStream content(FormDataBodyPart part) {
        return ((BodyPartEntity) part.getEntity()).getInputStream();
    }

    private static void deleteQuietly(Path file, IOException failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
