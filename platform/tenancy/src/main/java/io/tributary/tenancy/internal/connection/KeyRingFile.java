package io.tributary.tenancy.internal.connection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.tributary.tenancy.internal.OwnerOnlyFiles;

/**
 * The key ring file, {@code etc/tributary-secrets.keys}: {@code current=<id>} and one {@code key.<id>=<base64 of 32
 * bytes>} per key, oldest kept so that older envelopes stay readable. Written owner-only (rw-------).
 */
final class KeyRingFile {

    static final int KEY_BYTES = 32;

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final String KEY_PREFIX = "key.";
    private static final String HEADER = "# Tributary secret keys for connection secrets (AES-256-GCM).\n"
            + "# Keep this file private and backed up: without its keys, stored secrets cannot be decrypted.\n"
            + "# Never remove a key: envelopes written with it would become unreadable.\n";

    private KeyRingFile() {
    }

    /** The keys of a file, in file order, and which one is current. */
    record Contents(String currentId, Map<String, SecretKey> keys) {
    }

    static Contents read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new SecretException("Cannot read the key ring " + file + ": " + e.getMessage(), e);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(KEY_PREFIX)) {
                String id = checkId(name.substring(KEY_PREFIX.length()), file);
                keys.put(id, decodeKey(properties.getProperty(name), "key " + id + " in " + file));
            }
        }
        String current = properties.getProperty("current", "").strip();
        if (!keys.containsKey(current)) {
            throw new SecretException("The key ring " + file + " names a current key it does not hold: " + current);
        }
        return new Contents(current, keys);
    }

    static void write(Path file, Contents contents) {
        StringBuilder text = new StringBuilder(HEADER).append("current=").append(contents.currentId()).append('\n');
        contents.keys().forEach((id, key) -> text.append(KEY_PREFIX).append(id).append('=')
                .append(Base64.getEncoder().encodeToString(key.getEncoded())).append('\n'));
        try {
            OwnerOnlyFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new SecretException("Cannot write the key ring " + file + ": " + e.getMessage(), e);
        }
    }

    /** An AES key from base64 of exactly 32 bytes; {@code source} names where it came from, never the value. */
    static SecretKey decodeKey(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SecretException("The secret key from " + source + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new SecretException("The secret key from " + source + " must be " + KEY_BYTES + " bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String checkId(String id, Path file) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new SecretException("The key ring " + file + " has a key id that is not [A-Za-z0-9_-]: " + id);
        }
        return id;
    }
}
