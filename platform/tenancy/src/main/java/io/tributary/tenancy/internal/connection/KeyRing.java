package io.tributary.tenancy.internal.connection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Problems;

/**
 * The keys that encrypt connection secrets, kept outside the database: the environment variable
 * {@value #KEY_VARIABLE} (base64 of 32 bytes) when set, otherwise the file {@value #FILE_NAME} in Karaf's etc
 * folder, created on first start. With the variable set, keys already in the file stay readable.
 */
public final class KeyRing {

    public static final String KEY_VARIABLE = "TRIBUTARY_SECRET_KEY";
    public static final String FILE_NAME = "tributary-secrets.keys";

    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);

    private final Path file;
    private final SecretKey environmentKey;
    private volatile KeyRingFile.Contents contents;

    private KeyRing(Path file, SecretKey environmentKey, KeyRingFile.Contents contents) {
        this.file = file;
        this.environmentKey = environmentKey;
        this.contents = contents;
    }

    public static KeyRing open(Path etcDirectory, Function<String, String> environment) {
        Path file = etcDirectory.resolve(FILE_NAME);
        String fromEnvironment = environment.apply(KEY_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            SecretKey key = KeyRingFile.decodeKey(fromEnvironment, "the environment variable " + KEY_VARIABLE);
            return new KeyRing(file, key, withEnvironmentKey(readIfPresent(file), key));
        }
        if (!Files.exists(file)) {
            KeyRingFile.write(file, withNewKey(Map.of()));
            LOG.info("Created the secret key ring {}; keep it private and backed up", file);
        }
        return new KeyRing(file, null, KeyRingFile.read(file));
    }

    public String currentId() {
        return contents.currentId();
    }

    public SecretKey current() {
        return contents.keys().get(contents.currentId());
    }

    /** A key by id; an unknown id re-reads the file once, in case another node sharing it rotated. */
    public Optional<SecretKey> key(String id) {
        SecretKey key = contents.keys().get(id);
        if (key == null && Files.exists(file)) {
            reload();
            key = contents.keys().get(id);
        }
        return Optional.ofNullable(key);
    }

    /**
     * Adds a new key to the file and makes it current; older keys stay.
     *
     * @return the new key's id
     */
    public synchronized String addCurrentKey() {
        if (environmentKey != null) {
            throw Problems.conflict("The secret key is set by the environment variable " + KEY_VARIABLE
                    + "; rotate by giving it a new value and keeping the old key in " + FILE_NAME);
        }
        KeyRingFile.Contents rotated = withNewKey(KeyRingFile.read(file).keys());
        KeyRingFile.write(file, rotated);
        contents = rotated;
        LOG.info("Secret key {} is now current in {}", rotated.currentId(), file);
        return rotated.currentId();
    }

    private synchronized void reload() {
        KeyRingFile.Contents fromFile = KeyRingFile.read(file);
        contents = environmentKey == null ? fromFile : withEnvironmentKey(fromFile.keys(), environmentKey);
    }

    private static Map<String, SecretKey> readIfPresent(Path file) {
        return Files.exists(file) ? KeyRingFile.read(file).keys() : Map.of();
    }

    private static KeyRingFile.Contents withEnvironmentKey(Map<String, SecretKey> fileKeys, SecretKey key) {
        // the id is derived from the key, so every node given the same variable labels envelopes alike
        String id = "env-" + HexFormat.of().formatHex(sha256(key.getEncoded()), 0, 6);
        Map<String, SecretKey> keys = new LinkedHashMap<>(fileKeys);
        keys.put(id, key);
        return new KeyRingFile.Contents(id, keys);
    }

    private static KeyRingFile.Contents withNewKey(Map<String, SecretKey> existing) {
        SecureRandom random = new SecureRandom();
        byte[] keyBytes = new byte[KeyRingFile.KEY_BYTES];
        random.nextBytes(keyBytes);
        byte[] idBytes = new byte[5];
        random.nextBytes(idBytes);
        String id = "k" + Ids.base32(idBytes);
        Map<String, SecretKey> keys = new LinkedHashMap<>(existing);
        keys.put(id, new SecretKeySpec(keyBytes, "AES"));
        return new KeyRingFile.Contents(id, keys);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
