package io.tributary.publisher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Set;

import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.SigningKeys;

/** {@code keygen}: a new Ed25519 key pair as two PEM files. */
final class KeygenCommand implements Command {

    static final String PRIVATE_FILE = "private.pem";
    static final String PUBLIC_FILE = "public.pem";

    @Override
    public String name() {
        return "keygen";
    }

    @Override
    public String summary() {
        return "make a new Ed25519 signing key pair";
    }

    @Override
    public String usage() {
        return """
                Usage: tributary-publish keygen --out <dir>

                Writes a new Ed25519 key pair to <dir>/private.pem (PKCS#8, readable by you only) and
                <dir>/public.pem, and prints the public key's fingerprint. Existing files are never overwritten.

                  --out <dir>   where to write the two files; created when missing
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("out");
    }

    @Override
    public void run(Options options, Console console) throws CliException {
        Path dir = options.requiredPath("out");
        options.requireNoOperands();
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        // both checked before either is written, so a refusal leaves no half pair behind
        for (Path file : new Path[] {privateFile, publicFile}) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw CliException.local("refusing to overwrite " + file);
            }
        }
        KeyPair pair = SigningKeys.generate();
        String publicPem = SigningKeys.publicPem(pair);
        try {
            Files.createDirectories(dir);
            writeNew(privateFile, SigningKeys.privatePem(pair.getPrivate()), true);
            writeNew(publicFile, publicPem, false);
        } catch (FileAlreadyExistsException e) {
            throw CliException.local("refusing to overwrite " + e.getFile());
        } catch (IOException e) {
            throw CliException.local("cannot write the keys to " + dir + ": " + e.getMessage());
        }
        console.out().println("private key " + privateFile + " (keep it secret: it signs your artifacts)");
        console.out().println("public key  " + publicFile + " (register it with: tributary-publish register)");
        console.out().println("fingerprint " + fingerprint(publicPem));
    }

    /** Fails when the file exists; an owner-only file is created with that mode, never readable by others. */
    private static void writeNew(Path file, String text, boolean ownerOnly) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = ownerOnly && posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static String fingerprint(String publicPem) {
        try {
            return PublisherKey.parse(publicPem).fingerprint();
        } catch (KeyException e) {
            throw new IllegalStateException("a freshly generated Ed25519 key is always accepted", e);
        }
    }
}
