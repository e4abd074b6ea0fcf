package io.tributary.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tributary.signing.KeyException;
import io.tributary.signing.Signatures;
import io.tributary.signing.SigningKeys;

/** A marketplace publisher as a partner runs it: an Ed25519 key pair, signed artifacts, multipart uploads. */
final class Publisher {

    private final KeyPair keys = SigningKeys.generate();

    /** The public key as the registration body carries it. */
    String publicKeyPem() {
        return SigningKeys.publicPem(keys);
    }

    /** A fresh public key nobody registered, bare Base64. */
    static String unregisteredKey() {
        return Base64.getEncoder().encodeToString(SigningKeys.generate().getPublic().getEncoded());
    }

    /** The detached signature of the artifact's bytes, Base64. */
    String sign(byte[] artifact) {
        try {
            Path file = Files.createTempFile("artifact", ".jar");
            try {
                Files.write(file, artifact);
                return Signatures.sign(keys.getPrivate(), file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A publish upload: the artifact, its signature by this publisher (null: none) and the publisher's id. */
    Upload upload(byte[] artifact, String signature, String publisherId) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("artifact", artifact);
        if (signature != null) {
            parts.put("signature", signature.getBytes(StandardCharsets.US_ASCII));
        }
        if (publisherId != null) {
            parts.put("publisher", publisherId.getBytes(StandardCharsets.UTF_8));
        }
        return Upload.of(parts);
    }

    /** A multipart/form-data body; the artifact part is a file, the others text fields. */
    record Upload(String contentType, byte[] body) {

        static Upload of(Map<String, byte[]> parts) {
            String boundary = "tributary-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            parts.forEach((name, bytes) -> {
                String disposition = name.equals("artifact")
                        ? "form-data; name=\"artifact\"; filename=\"artifact.jar\"\r\nContent-Type: application/java-archive"
                        : "form-data; name=\"" + name + "\"";
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bytes);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Upload("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }

        Http.Response postTo(Http http) {
            return http.post("/api/v1/marketplace/publish", contentType, body);
        }
    }
}
