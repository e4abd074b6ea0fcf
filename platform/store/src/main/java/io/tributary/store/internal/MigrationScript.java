package io.tributary.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script. {@code label} is its path below the migration root (e.g. {@code derby/V3__x.sql}),
 * used in messages. The text has its line endings normalized so a checkout on Windows keeps the checksum.
 */
public record MigrationScript(int version, String description, String label, String text) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{1,9})__(.+)\\.sql");
    private static final int MAX_DESCRIPTION = 200;

    public static MigrationScript read(URL url, String folder) {
        String path = url.getPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String label = folder.isEmpty() ? fileName : folder + "/" + fileName;
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new MigrationException("Migration script " + label + " is not named V<number>__<description>.sql");
        }
        String description = matcher.group(2).replace('_', ' ');
        if (description.length() > MAX_DESCRIPTION) {
            throw new MigrationException("Migration script " + label + " has a description over "
                    + MAX_DESCRIPTION + " characters");
        }
        return new MigrationScript(Integer.parseInt(matcher.group(1)), description, label, readText(url, label));
    }

    private static String readText(URL url, String label) {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new MigrationException("Cannot read migration script " + label + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the normalized text, in lower-case hex (64 characters). */
    public String checksum() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Splits on a {@code ;} that ends a line, skipping blank and {@code --} comment lines. The {@code ;} itself
     * is dropped because Derby rejects it inside a statement. Text after the last {@code ;} is a statement too.
     */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                addIfNotBlank(statements, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String sql = statement.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
    }
}
