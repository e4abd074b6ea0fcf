package io.tributary.publisher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code sign}: a detached signature next to the artifact, for publishing with {@code --signature} later. */
final class SignCommand implements Command {

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public String summary() {
        return "write an artifact's detached signature to <artifact>.sig";
    }

    @Override
    public String usage() {
        return """
                Usage: tributary-publish sign --key <private.pem> <artifact.jar>

                Signs the artifact's bytes and writes the signature, Base64, to <artifact.jar>.sig (replacing an
                older one), then prints that file's path.

                  --key <private.pem>   your private key (PKCS#8 PEM, as keygen writes it)
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("key");
    }

    @Override
    public void run(Options options, Console console) throws CliException {
        Path keyFile = options.requiredPath("key");
        Path artifact = options.singleOperandPath("<artifact.jar>");
        String signature = Keys.sign(Keys.readPrivate(keyFile), artifact);
        Path signatureFile = artifact.resolveSibling(artifact.getFileName() + ".sig");
        try {
            Files.writeString(signatureFile, signature + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw CliException.local("cannot write " + signatureFile + ": " + e.getMessage());
        }
        console.out().println(signatureFile);
    }
}
