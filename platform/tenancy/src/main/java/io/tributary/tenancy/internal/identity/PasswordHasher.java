package io.tributary.tenancy.internal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format, {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>}
 * (unpadded base64), so each hash carries the parameters it was made with and stays verifiable when the defaults
 * change. Thread-safe.
 */
public final class PasswordHasher {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane. Declared last: it uses the above. */
    public static final PasswordHasher DEFAULT = new PasswordHasher(19_456, 2, 1);

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.dummyHash = hash("no user has this password");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Whether {@code password} matches; false for a malformed hash. Compares in constant time. */
    public boolean verify(String password, String encoded) {
        Matcher phc = encoded == null ? null : PHC.matcher(encoded);
        if (phc == null || !phc.matches()) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(phc.group(4));
        byte[] expected = Base64.getDecoder().decode(phc.group(5));
        byte[] actual = argon2(password, salt, Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Spends the time a real verification takes, for a user name that does not exist, so that the answer's timing
     * does not tell unknown users from wrong passwords. Always false.
     */
    public boolean verifyUnknownUser(String password) {
        verify(password, dummyHash);
        return false;
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKiB, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes((password == null ? "" : password).getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }
}
