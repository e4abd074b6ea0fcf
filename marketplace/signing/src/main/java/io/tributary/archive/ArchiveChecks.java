package io.tributary.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every uploaded archive passes before anything reads it further, on the marketplace and in the runtime's
 * installer alike: its size; its entry count and entry names, from its central directory before anything is inflated
 * (names that could reach outside the folder a tool unpacks into, duplicates, links, local headers that disagree);
 * and the bytes all its entries unpack to, counted while inflating, whatever the headers claim. A hostile archive can
 * break one rule ten thousand times: the problems list the first {@value #MAX_PER_KIND} of each kind and count the
 * rest.
 */
public final class ArchiveChecks {

    static final int MAX_PER_KIND = 20;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final int SHOWN_NAME_LENGTH = 200;

    private ArchiveChecks() {
    }

    /**
     * Checks the archive at {@code file}. Each problem is said of the archive, e.g. "has 12000 entries; at most 10000
     * are allowed".
     *
     * @return the problems, with the archive open for further reading unless it is too large or no readable zip
     */
    public static ArchiveInspection inspect(Path file, ArchiveLimits limits) {
        Problems problems = new Problems();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            problems.add("cannot be read: " + e.getMessage());
            return new ArchiveInspection(problems.list(), null);
        }
        if (size > limits.maxBytes()) {
            problems.add("is " + size + " bytes; at most " + limits.maxBytes() + " are allowed");
            return new ArchiveInspection(problems.list(), null);
        }
        ZipDirectory directory;
        try {
            directory = ZipDirectory.read(file, limits.maxEntries());
        } catch (IOException e) {
            problems.add(unreadable(e));
            return new ArchiveInspection(problems.list(), null);
        }
        checkStructure(directory, limits, problems);
        ArchiveReader archive = null;
        try {
            archive = ArchiveReader.open(file);
            if (archive.unpackedSize(limits.maxUnpackedBytes()) > limits.maxUnpackedBytes()) {
                problems.add("unpacks to more than " + limits.maxUnpackedBytes() + " bytes, the most an artifact may"
                        + " unpack to");
            }
            return new ArchiveInspection(problems.list(), archive);
        } catch (IOException e) {
            closeQuietly(archive, e);
            problems.add(unreadable(e));
            return new ArchiveInspection(problems.list(), null);
        }
    }

    /** What makes an entry name unsafe to unpack, or empty when it stays inside the folder. */
    public static Optional<String> nameProblem(String name) {
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
    public static String shown(String name) {
        StringBuilder text = new StringBuilder("'");
        for (int i = 0; i < name.length() && i < SHOWN_NAME_LENGTH; i++) {
            char c = name.charAt(i);
            text.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.append(name.length() > SHOWN_NAME_LENGTH ? "…'" : "'").toString();
    }

    private static void checkStructure(ZipDirectory directory, ArchiveLimits limits, Problems problems) {
        if (directory.declaredCount() > limits.maxEntries()) {
            problems.add("has " + directory.declaredCount() + " entries; at most " + limits.maxEntries()
                    + " are allowed");
        }
        Set<String> seen = new HashSet<>();
        for (ZipDirectory.Entry entry : directory.entries()) {
            String name = entry.name();
            nameProblem(name).ifPresent(why -> problems.addOfKind("unsafe name",
                    "has an entry " + shown(name) + " " + why));
            if (!seen.add(name)) {
                problems.addOfKind("duplicate", "has the entry " + shown(name) + " more than once");
            }
            if (entry.link()) {
                problems.addOfKind("symbolic link", "has an entry " + shown(name)
                        + " that is a symbolic link; links are refused");
            }
            if (entry.localNameDiffers()) {
                String localName = new String(entry.localName(), StandardCharsets.UTF_8);
                problems.addOfKind("local header mismatch", "has an entry " + shown(name)
                        + " whose local header names it " + shown(localName) + "; the archive is inconsistent");
            }
        }
        problems.countTheUnlisted();
    }

    private static String unreadable(IOException e) {
        return "is not a readable zip (jar) archive: " + e.getMessage();
    }

    private static void closeQuietly(ArchiveReader archive, IOException failure) {
        if (archive == null) {
            return;
        }
        try {
            archive.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The problems found so far, with the ones that repeat per entry counted by kind. */
    private static final class Problems {

        private final List<String> messages = new ArrayList<>();
        private final Map<String, Integer> perKind = new LinkedHashMap<>();

        void add(String message) {
            messages.add(message);
        }

        /** @param kind what the problems have in common, e.g. {@code symbolic link} */
        void addOfKind(String kind, String message) {
            if (perKind.merge(kind, 1, Integer::sum) <= MAX_PER_KIND) {
                add(message);
            }
        }

        /** One line per kind that went over the limit, saying how many were left out. */
        void countTheUnlisted() {
            perKind.forEach((kind, seen) -> {
                if (seen > MAX_PER_KIND) {
                    add("has " + (seen - MAX_PER_KIND) + " more entries like these (" + kind + ") that are not"
                            + " listed");
                }
            });
        }

        List<String> list() {
            return List.copyOf(messages);
        }
    }
}
