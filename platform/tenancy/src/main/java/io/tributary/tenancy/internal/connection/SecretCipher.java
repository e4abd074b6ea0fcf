package io.tributary.tenancy.internal.connection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.tenancy.internal.Json;

/**
 * AES-256-GCM for secret values: a random 96-bit IV per value, the key id as additional authenticated data (so an
 * envelope cannot be relabelled to another key), the value's JSON text as plaintext.
 */
public final class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** An envelope of {@code value} under the current key. */
    public String seal(JsonNode value) {
        String keyId = keys.currentId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] plaintext = Json.write(value).getBytes(StandardCharsets.UTF_8);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, keys.current(), keyId, iv, plaintext, 0, plaintext.length);
        byte[] payload = ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
        return Envelopes.PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(payload);
    }

    /** The value an envelope holds. */
    public JsonNode open(String envelope) {
        String rest = envelope.substring(Envelopes.PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw new SecretException("An encrypted secret is malformed");
        }
        String keyId = rest.substring(0, colon);
        SecretKey key = keys.key(keyId).orElseThrow(() -> new SecretException("An encrypted secret needs key "
                + keyId + ", which is not in the key ring"));
        byte[] payload = decode(rest.substring(colon + 1));
        byte[] plaintext = crypt(Cipher.DECRYPT_MODE, key, keyId, payload, payload, IV_BYTES,
                payload.length - IV_BYTES);
        return Json.read(new String(plaintext, StandardCharsets.UTF_8));
    }

    /** A decrypted copy of a stored configuration; each secret's text also goes to {@code secretTexts}. */
    public ObjectNode openAll(ObjectNode stored, Consumer<String> secretTexts) {
        ObjectNode copy = stored.deepCopy();
        Envelopes.replaceEach(copy, envelope -> {
            JsonNode value = open(envelope);
            Redactor.texts(value, secretTexts);
            return value;
        });
        return copy;
    }

    /** The same value encrypted again under the current key. */
    public String reseal(String envelope) {
        return seal(open(envelope));
    }

    private static byte[] crypt(int mode, SecretKey key, String keyId, byte[] iv, byte[] input, int offset,
            int length) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretException("An encrypted secret under key " + keyId + " cannot be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted (wrong key or altered)"), e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            byte[] payload = Base64.getDecoder().decode(base64);
            if (payload.length <= IV_BYTES) {
                throw new SecretException("An encrypted secret is malformed");
            }
            return payload;
        } catch (IllegalArgumentException e) {
            throw new SecretException("An encrypted secret is malformed", e);
        }
    }
}
